using ClosedXML.Excel;
using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.Audit;
using Dashboard.Features.Commendations;
using Dashboard.Features.Import;
using Dashboard.Features.Incidents;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Tests.Features.Import;

/// <summary>A cell written as a formula, the way Excel stores what a user typed starting with '='.</summary>
internal sealed record Formula(string A1);

/// <summary>Builds workbooks in memory the way users fill the template: text cells, date cells, numbers, formulas.</summary>
internal sealed class WorkbookBuilder
{
    private readonly XLWorkbook _workbook = new();

    public WorkbookBuilder Sheet(string name, string[] headers, params object?[][] rows)
    {
        var sheet = _workbook.AddWorksheet(name);
        for (var c = 0; c < headers.Length; c++)
        {
            Write(sheet.Cell(1, c + 1), headers[c]);
        }
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                Write(sheet.Cell(r + 2, c + 1), rows[r][c]);
            }
        }
        return this;
    }

    public byte[] Bytes()
    {
        using var stream = new MemoryStream();
        _workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public MemoryStream Stream() => new(Bytes());

    private static void Write(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case Formula f:
                cell.FormulaA1 = f.A1;
                break;
            case string s:
                cell.SetValue(s);
                cell.DataType = XLDataType.Text;
                break;
            case DateTime d:
                cell.SetValue(d);
                break;
            case int i:
                cell.SetValue(i);
                break;
            case double x:
                cell.SetValue(x);
                break;
            default:
                throw new ArgumentException($"Unsupported cell value {value.GetType()}");
        }
    }
}

internal static class ImportTestKit
{
    public static ImportService Service(TestDatabase db, long? maxBytes = null, DataChangeNotifier? notifier = null)
    {
        var settings = new Dictionary<string, string?>();
        if (maxBytes is { } max)
        {
            settings["Import:MaxBytes"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ImportService(db, configuration, notifier ?? new DataChangeNotifier(), db.Time);
    }

    /// <summary>Row counts of every table an import can touch, and of the audit log.</summary>
    public static async Task<int[]> CountsAsync(TestDatabase db)
    {
        await using var c = db.CreateDbContext();
        return
        [
            await c.Agreements.CountAsync(), await c.Areas.CountAsync(), await c.Units.CountAsync(), await c.People.CountAsync(),
            await c.Requests.CountAsync(), await c.Verifications.CountAsync(), await c.Incidents.CountAsync(),
            await c.Commendations.CountAsync(), await c.AuditEntries.CountAsync(),
        ];
    }

    public static readonly string[] UnitColumns = ["Code", "Name", "Agency"];
    public static readonly string[] PeopleColumns = ["Code", "FullName", "UnitCode", "Title"];
    public static readonly string[] RequestColumns =
        ["Agreement", "ReferenceNo", "RequestingUnitCode", "RequestedByCode", "Subject", "Priority", "ReceivedAt", "DueAt", "AssignedToCode", "Status", "AnsweredAt", "ClosedAt"];
    public static readonly string[] VerificationColumns = ["Agreement", "RequestReferenceNo", "Kind", "Count", "PerformedByCode", "PerformedAt"];

    /// <summary>Units and people the other sheets can refer to.</summary>
    public static WorkbookBuilder WithPeople(this WorkbookBuilder b) => b
        .Sheet("Units", UnitColumns, ["PA05", "Phòng An ninh mạng", "Police"], ["TTVT1", "Trung tâm Viễn thông 1", "telecom"])
        .Sheet("People", PeopleColumns, ["CA01", "Nguyễn Văn An", "PA05", "Đại úy"], ["VT01", "Trần Thị Hà", "TTVT1", null]);

    public static object?[] Request(string reference, string receivedAt = "01/03/2024 00:30", string? assigned = "VT01") =>
        [null, reference, "PA05", "CA01", "Tra cứu thông tin", "Normal", receivedAt, null, assigned, "Received", null, null];
}
