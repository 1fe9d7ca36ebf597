using ClosedXML.Excel;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Excel;
using Dashboard.Infrastructure.Localization;
using Dashboard.Infrastructure.Time;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Incidents;

/// <summary>The filtered incident list as a workbook; above the cap the sheet says plainly that rows were left out.</summary>
public sealed class IncidentExport(IncidentQueries queries, LocalClock clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>The cap of every list export (ClosedXML holds a workbook in memory).</summary>
    public const int RowCap = ListWorkbook.RowCap;

    private const string CoordinateFormat = "0.000000";

    public async Task<byte[]> BuildAsync(IncidentFilter filter, string exportedBy, CancellationToken ct = default)
    {
        var (rows, total) = await queries.ExportAsync(filter, RowCap, ct);
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet(l["Inc_Sheet"]);
        var headerRow = ListWorkbook.Heading(ws, l, l["Inc_Title"], clock.UtcNow, exportedBy, total, rows.Count);
        string[] titles =
        [
            l["Req_Agreement"], l["Inc_Code"], l["Inc_Kind"], l["Inc_Area"], l["Inc_Occurred"], l["Inc_Reported"], l["Inc_Severity"],
            l["Inc_Status"], l["Inc_Outage"], l["Inc_Subscribers"], l["Inc_Damage"], l["Inc_LeadOfficer"], l["Inc_TelecomContact"],
            l["Inc_CaseRef"], l["Inc_Summary"], l["Inc_Resolved"], l["Inc_Closed"], l["Inc_Latitude"], l["Inc_Longitude"],
        ];
        SheetWriter.Header(ws, headerRow, titles);
        var r = headerRow;
        foreach (var row in rows)
        {
            r++;
            SheetWriter.Text(ws.Cell(r, 1), row.AgreementCode);
            SheetWriter.Text(ws.Cell(r, 2), row.Code);
            SheetWriter.Text(ws.Cell(r, 3), l["IncKind_" + row.Kind]);
            SheetWriter.Text(ws.Cell(r, 4), $"{row.AreaName} ({row.AreaCode})");
            SheetWriter.LocalDateTime(ws.Cell(r, 5), row.OccurredAt);
            SheetWriter.LocalDateTime(ws.Cell(r, 6), row.ReportedAt);
            SheetWriter.Text(ws.Cell(r, 7), l["Severity_" + row.Severity]);
            SheetWriter.Text(ws.Cell(r, 8), l["IncStatus_" + row.Status]);
            SheetWriter.Number(ws.Cell(r, 9), row.OutageMinutes);
            SheetWriter.Number(ws.Cell(r, 10), row.SubscribersAffected);
            SheetWriter.Vnd(ws.Cell(r, 11), row.DamageVnd);
            SheetWriter.Text(ws.Cell(r, 12), row.LeadOfficer);
            SheetWriter.Text(ws.Cell(r, 13), row.TelecomContact);
            SheetWriter.Text(ws.Cell(r, 14), row.CaseRef);
            SheetWriter.Text(ws.Cell(r, 15), row.Summary);
            SheetWriter.LocalDateTime(ws.Cell(r, 16), row.ResolvedAt);
            SheetWriter.LocalDateTime(ws.Cell(r, 17), row.ClosedAt);
            SheetWriter.Fraction(ws.Cell(r, 18), row.Latitude, CoordinateFormat);
            SheetWriter.Fraction(ws.Cell(r, 19), row.Longitude, CoordinateFormat);
            if (row.Severity == IncidentSeverity.Critical)
            {
                // Marked in words in the severity column as well, so it survives black-and-white printing.
                ws.Range(r, 1, r, titles.Length).Style.Fill.BackgroundColor = XLColor.FromHtml("#F8D7DA");
            }
        }
        SheetWriter.Finish(ws, headerRow, titles.Length, r);
        return ListWorkbook.Bytes(wb);
    }
}
