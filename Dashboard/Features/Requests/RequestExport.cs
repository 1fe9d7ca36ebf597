using ClosedXML.Excel;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Excel;
using Dashboard.Infrastructure.Localization;
using Dashboard.Infrastructure.Time;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Requests;

/// <summary>The filtered request list as a workbook; above the cap the sheet says plainly that rows were left out.</summary>
public sealed class RequestExport(RequestQueries queries, LocalClock clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>The cap of every list export (ClosedXML holds a workbook in memory).</summary>
    public const int RowCap = ListWorkbook.RowCap;

    public async Task<byte[]> BuildAsync(RequestFilter filter, string exportedBy, CancellationToken ct = default)
    {
        var (rows, total) = await queries.ExportAsync(filter, RowCap, ct);
        var now = clock.UtcNow;
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet(l["Export_Sheet_Requests"]);
        var headerRow = ListWorkbook.Heading(ws, l, l["Req_Title"], now, exportedBy, total, rows.Count);
        string[] titles =
        [
            l["Req_Agreement"], l["Req_RefNo"], l["Req_Subject"], l["Req_Unit"], l["Req_Priority"], l["Req_Status"],
            l["Req_Received"], l["Req_Due"], l["Req_DueState"], l["Req_Assignee"], l["Req_Verifications"],
        ];
        SheetWriter.Header(ws, headerRow, titles);
        var r = headerRow;
        foreach (var row in rows)
        {
            r++;
            SheetWriter.Text(ws.Cell(r, 1), row.AgreementCode);
            SheetWriter.Text(ws.Cell(r, 2), row.ReferenceNo);
            SheetWriter.Text(ws.Cell(r, 3), row.Subject);
            SheetWriter.Text(ws.Cell(r, 4), row.RequestingUnit);
            SheetWriter.Text(ws.Cell(r, 5), l["Priority_" + row.Priority]);
            SheetWriter.Text(ws.Cell(r, 6), l["ReqStatus_" + row.Status]);
            SheetWriter.LocalDateTime(ws.Cell(r, 7), row.ReceivedAt);
            SheetWriter.LocalDateTime(ws.Cell(r, 8), row.DueAt);
            var due = row.DueStateAt(now);
            if (due is not null)
            {
                // Marked in text as well as colour, so it survives printing in black and white.
                SheetWriter.Text(ws.Cell(r, 9), l[due == DueState.Overdue ? "Req_Overdue" : "Req_DueSoon"]);
                ws.Range(r, 1, r, titles.Length).Style.Fill.BackgroundColor = due == DueState.Overdue ? XLColor.FromHtml("#F8D7DA") : XLColor.FromHtml("#FFF3CD");
            }
            SheetWriter.Text(ws.Cell(r, 10), row.AssignedTo);
            SheetWriter.Number(ws.Cell(r, 11), row.Verifications);
        }
        SheetWriter.Finish(ws, headerRow, titles.Length, r);
        return ListWorkbook.Bytes(wb);
    }
}
