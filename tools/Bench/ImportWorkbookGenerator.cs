using System.Globalization;
using Dashboard.Features.Import;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Dashboard.Bench;

/// <summary>
/// What <see cref="ImportWorkbookGenerator"/> writes: that many rows of each activity sheet, codes starting with Prefix (so
/// the file names its own agreement, units, people and areas, and imports into any database). Narrow: only the columns a
/// row needs (a small file for tests). The first BadRows incidents have a Severity the import refuses.
/// </summary>
public sealed record GeneratedWorkbook(int Requests, int Verifications, int Incidents, string Prefix = "BENCH", bool Narrow = false, int BadRows = 0)
{
    /// <summary>n rows as a history looks: 10 % requests, 80 % verifications, 10 % incidents (50,000 → 5,000 / 40,000 / 5,000).</summary>
    public static GeneratedWorkbook OfRows(int rows) => new(rows / 10, rows - 2 * (rows / 10), rows / 10);

    public int Rows => Requests + Verifications + Incidents;
}

/// <summary>
/// Writes large import workbooks (SPEC §5.1) for the import benchmark (<see cref="ImportBench"/>) and tests, forward-only with OpenXmlWriter, so 200,000
/// rows take seconds and little memory. Deterministic: the same spec gives the same rows. Dates are Excel date cells.
/// </summary>
public static class ImportWorkbookGenerator
{
    private const uint DateStyle = 1;
    private static readonly DateTime First = new(2016, 1, 4, 8, 0, 0);
    private static readonly string[] IncidentKinds = ["CableTheft", "CableCut", "EquipmentTheft", "StationVandalism", "Other"];
    private static readonly string[] Severities = ["Low", "Medium", "High", "Critical"];
    private static readonly string[] VerificationKinds = ["SubscriberIdentity", "CallRecords", "CellLocation", "Other"];

    public static void Write(Stream output, GeneratedWorkbook spec)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new X.Workbook(new X.Sheets());
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var p = spec.Prefix;
        var agreement = p + "-QC";
        AddSheet(workbook, ImportSchema.Agreements, ["Code", "Title", "StartsOn", "EndsOn"],
            [[agreement, "Quy chế phối hợp (dữ liệu thử) " + p, new DateTime(2016, 1, 1), new DateTime(2030, 12, 31)]]);
        AddSheet(workbook, ImportSchema.Areas, ["Code", "Name", "Level"],
            Enumerable.Range(1, 10).Select(i => new object?[] { Area(p, i), $"Xã thử nghiệm {i}", "Commune" }));
        AddSheet(workbook, ImportSchema.Units, ["Code", "Name", "Agency"],
            [[p + "-CA", "Phòng An ninh mạng (thử)", "Police"], [p + "-VT", "Trung tâm Viễn thông (thử)", "Telecom"]]);
        AddSheet(workbook, ImportSchema.People, ["Code", "FullName", "UnitCode"],
            Enumerable.Range(1, 4).Select(i => new object?[] { Person(p, i), $"Cán bộ thử {i}", i <= 2 ? p + "-CA" : p + "-VT" }));
        AddSheet(workbook, ImportSchema.Requests, spec.Narrow
                ? ["Agreement", "ReferenceNo", "RequestingUnitCode", "Subject", "ReceivedAt"]
                : ["Agreement", "ReferenceNo", "RequestingUnitCode", "RequestedByCode", "Subject", "Priority", "ReceivedAt", "AssignedToCode", "Status", "AnsweredAt"],
            Enumerable.Range(0, spec.Requests).Select(i =>
            {
                var received = First.AddHours(i * 7.0 % 87_000);
                object?[] narrow = [agreement, Reference(p, i), p + "-CA", $"Tra cứu thông tin thuê bao số {i}", received];
                return spec.Narrow ? narrow
                    : [agreement, Reference(p, i), p + "-CA", Person(p, 1 + i % 2), $"Tra cứu thông tin thuê bao số {i}", i % 5 == 0 ? "High" : "Normal",
                        received, Person(p, 3 + i % 2), i % 4 == 0 ? "Received" : "Answered", i % 4 == 0 ? null : received.AddHours(5 + i % 60)];
            }));
        AddSheet(workbook, ImportSchema.Verifications, spec.Narrow
                ? ["Agreement", "RequestReferenceNo", "Kind", "Count", "PerformedAt"]
                : ["Agreement", "RequestReferenceNo", "Kind", "Count", "PerformedByCode", "PerformedAt"],
            Enumerable.Range(0, spec.Verifications).Select(i =>
            {
                var request = spec.Requests == 0 ? 0 : i % spec.Requests;
                var at = First.AddHours(request * 7.0 % 87_000).AddMinutes(30 + i / Math.Max(1, spec.Requests));
                return spec.Narrow
                    ? new object?[] { agreement, Reference(p, request), VerificationKinds[i % 4], 1 + i % 9, at }
                    : [agreement, Reference(p, request), VerificationKinds[i % 4], 1 + i % 9, Person(p, 3 + i % 2), at];
            }));
        AddSheet(workbook, ImportSchema.Incidents, spec.Narrow
                ? ["Agreement", "Code", "Kind", "AreaCode", "OccurredAt", "Severity"]
                : ["Agreement", "Code", "Kind", "AreaCode", "OccurredAt", "Severity", "Status", "ResolvedAt", "OutageMinutes", "SubscribersAffected", "DamageVnd", "LeadOfficerCode", "Summary"],
            Enumerable.Range(0, spec.Incidents).Select(i =>
            {
                var occurred = First.AddHours(i * 11.0 % 87_000);
                var severity = i < spec.BadRows ? "Catastrophic" : Severities[i % 4];
                return spec.Narrow
                    ? new object?[] { agreement, Incident(p, i), IncidentKinds[i % 5], Area(p, 1 + i % 10), occurred, severity }
                    : [agreement, Incident(p, i), IncidentKinds[i % 5], Area(p, 1 + i % 10), occurred, severity, i % 3 == 0 ? "Reported" : "Resolved",
                        i % 3 == 0 ? null : occurred.AddHours(3 + i % 40), 30 + i % 600, i % 1_500, 1_000_000L * (i % 40), Person(p, 1 + i % 2),
                        $"Sự cố thử số {i} trên tuyến cáp"];
            }));
        workbook.Workbook.Save();
    }

    public static byte[] Bytes(GeneratedWorkbook spec)
    {
        using var stream = new MemoryStream();
        Write(stream, spec);
        return stream.ToArray();
    }

    public static string Reference(string prefix, int i) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i:D6}/CV");

    public static string Incident(string prefix, int i) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-VV-{i:D6}");

    private static string Area(string prefix, int i) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i:D2}");

    private static string Person(string prefix, int i) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-P{i}");

    private static void AddSheet(WorkbookPart workbook, string name, string[] headers, IEnumerable<object?[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new X.Worksheet());
            writer.WriteStartElement(new X.SheetData());
            var number = 1u;
            WriteRow(writer, number++, headers);
            foreach (var row in rows)
            {
                WriteRow(writer, number++, row);
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new X.Sheet { Name = name, SheetId = (uint)sheets.ChildElements.Count + 1, Id = workbook.GetIdOfPart(part) });
    }

    private static void WriteRow(OpenXmlWriter writer, uint number, object?[] values)
    {
        writer.WriteStartElement(new X.Row { RowIndex = number });
        foreach (var value in values)
        {
            switch (value)
            {
                case null:
                    writer.WriteElement(new X.Cell());
                    break;
                case string text:
                    writer.WriteElement(new X.Cell { DataType = X.CellValues.InlineString, InlineString = new X.InlineString(new X.Text(text)) });
                    break;
                case DateTime local:
                    writer.WriteElement(new X.Cell { StyleIndex = DateStyle, CellValue = new X.CellValue(local.ToOADate().ToString("R", CultureInfo.InvariantCulture)) });
                    break;
                default:
                    writer.WriteElement(new X.Cell { CellValue = new X.CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) });
                    break;
            }
        }
        writer.WriteEndElement();
    }

    /// <summary>The least a stylesheet needs for Excel to open the file, and one date-and-time style (format 22, d/m/yyyy h:mm).</summary>
    private static X.Stylesheet Styles() => new(
        new X.Fonts(new X.Font()) { Count = 1 },
        new X.Fills(new X.Fill(new X.PatternFill { PatternType = X.PatternValues.None }), new X.Fill(new X.PatternFill { PatternType = X.PatternValues.Gray125 })) { Count = 2 },
        new X.Borders(new X.Border()) { Count = 1 },
        new X.CellStyleFormats(new X.CellFormat()) { Count = 1 },
        new X.CellFormats(new X.CellFormat(), new X.CellFormat { NumberFormatId = 22, ApplyNumberFormat = true }) { Count = 2 });
}
