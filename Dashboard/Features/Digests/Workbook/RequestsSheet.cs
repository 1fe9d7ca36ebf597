using ClosedXML.Excel;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.Digests.Workbook;

/// <summary>Requests open at AsOf, overdue first. Overdue rows are filled and say so in a text column, which survives black-and-white printing.</summary>
internal static class RequestsSheet
{
    private static readonly XLColor OverdueFill = XLColor.FromHtml("#F8D7DA");

    public static void Write(IXLWorksheet sheet, DigestContent c, DigestText t)
    {
        var w = new SheetWriter(sheet);
        var asOf = c.AsOf.UtcDateTime;
        w.Title(1, t.Format("Digest_Requests_Heading", LocalClock.ToLocal(asOf).ToString("dd/MM/yyyy HH:mm", t.Culture)));
        w.Header(3,
            t["Digest_Col_Deadline"], t["Digest_Col_ReferenceNo"], t["Digest_Col_Subject"], t["Digest_Col_Priority"],
            t["Digest_Col_RequestingUnit"], t["Digest_Col_AssignedTo"], t["Digest_Col_ReceivedAt"], t["Digest_Col_DueAt"]);
        var row = 3;
        foreach (var r in c.OpenRequests)
        {
            row++;
            var overdue = r.DueAt < asOf;
            w.Text(row, 1, overdue ? t["Digest_Overdue"] : t["Digest_NotOverdue"]);
            w.Text(row, 2, r.ReferenceNo);
            w.Text(row, 3, r.Subject);
            w.Text(row, 4, t.Of(r.Priority));
            w.Text(row, 5, r.RequestingUnit);
            w.Text(row, 6, r.AssignedTo);
            w.LocalTime(row, 7, r.ReceivedAt);
            w.LocalTime(row, 8, r.DueAt);
            if (overdue)
            {
                var line = sheet.Range(row, 1, row, 8);
                line.Style.Fill.BackgroundColor = OverdueFill;
                sheet.Cell(row, 1).Style.Font.Bold = true;
            }
        }
        if (c.OpenRequests.Count == 0)
        {
            w.Title(4, t["Digest_NoRows"], large: false).Style.Font.Italic = true;
        }
        if (c.OpenRequests.Count >= DigestContent.ListLimit)
        {
            w.Title(row + 2, t.Format("Digest_Cut", DigestContent.ListLimit), large: false).Style.Font.Italic = true;
        }
        w.Finish(filter: true, wrapColumns: 3);
    }
}
