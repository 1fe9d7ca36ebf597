using ClosedXML.Excel;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.Digests.Workbook;

/// <summary>Agreement, week, "data as of", then every summary line: this week, the previous week, the change, and to date.</summary>
internal static class SummarySheet
{
    public const int TableHeaderRow = 7;

    public static void Write(IXLWorksheet sheet, DigestContent c, DigestText t)
    {
        var w = new SheetWriter(sheet);
        w.Title(1, t["Digest_Wb_Heading"]);
        Pair(w, 2, t["Digest_Col_Agreement"], $"{c.AgreementCode} — {c.AgreementTitle}");
        Pair(w, 3, t["Digest_Col_Week"], $"{c.Week} ({DigestText.Days(c.Week)})");
        Pair(w, 4, t["Digest_Col_AsOf"], t.Format("Digest_AsOfLocal", LocalClock.ToLocal(c.AsOf.UtcDateTime).ToString("dd/MM/yyyy HH:mm", t.Culture)));
        Pair(w, 5, t["Digest_Col_Scope"], t.Of(c.Scope));
        w.Header(TableHeaderRow, t["Digest_Col_Metric"], t["Digest_Col_ThisWeek"], t["Digest_Col_PreviousWeek"], t["Digest_Col_Change"], t["Digest_Col_ToDate"]);
        var row = TableHeaderRow;
        foreach (var m in DigestMetrics.All)
        {
            row++;
            w.Text(row, 1, t[m.Key] + (m.IsState ? " *" : ""));
            var format = Format(m.Kind);
            w.Number(row, 2, DigestMetrics.Rounded(m, m.Read(c.ThisWeek)), format);
            w.Number(row, 3, DigestMetrics.Rounded(m, m.Read(c.PreviousWeek)), format);
            var change = w.Number(row, 4, DigestMetrics.Change(m, c.ThisWeek, c.PreviousWeek), "+" + format + ";-" + format + ";0");
            change.Style.Font.Italic = true;
            w.Number(row, 5, DigestMetrics.Rounded(m, m.Read(c.ToDate)), format);
        }
        row += 2;
        w.Title(row, "* " + t["Digest_StateNote"], large: false).Style.Font.Italic = true;
        w.Title(row + 1, t["Digest_ToDateNote"], large: false).Style.Font.Italic = true;
        w.Finish(filter: false);
        sheet.Column(1).Width = Math.Max(sheet.Column(1).Width, 34);
    }

    public static string Format(MetricKind kind) => kind switch
    {
        MetricKind.Rate => SheetWriter.RateFormat,
        MetricKind.Hours => SheetWriter.DecimalFormat,
        MetricKind.Money => SheetWriter.MoneyFormat,
        _ => SheetWriter.CountFormat,
    };

    private static void Pair(SheetWriter w, int row, string label, string value)
    {
        w.Text(row, 1, label).Style.Font.Bold = true;
        // The value spills to the right over empty cells instead of widening column B.
        var cell = w.Sheet.Cell(row, 2);
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
    }
}
