using ClosedXML.Excel;

namespace Dashboard.Features.Digests.Workbook;

/// <summary>Incidents per area over the last 12 weeks, with a single-hue (colour-blind-safe) colour scale and totals.</summary>
internal static class HeatmapSheet
{
    public static void Write(IXLWorksheet sheet, DigestContent c, DigestText t)
    {
        var w = new SheetWriter(sheet);
        var map = c.Heatmap;
        w.Title(1, t.Format("Digest_Heatmap_Heading", map.Columns.Count));
        var headers = new List<string> { t["Digest_Col_AreaCode"], t["Digest_Col_Area"] };
        headers.AddRange(map.Columns.Select(WeekHeader));
        headers.Add(t["Digest_Col_Total"]);
        w.Header(3, [.. headers]);
        var first = 4;
        for (var r = 0; r < map.Rows.Count; r++)
        {
            var row = first + r;
            w.Text(row, 1, map.Rows[r]);
            w.Text(row, 2, c.AreaNames.GetValueOrDefault(map.Rows[r], map.Rows[r]));
            for (var col = 0; col < map.Columns.Count; col++)
            {
                w.Number(row, 3 + col, map.Cells[r][col], SheetWriter.CountFormat);
            }
            w.Number(row, 3 + map.Columns.Count, map.Cells[r].Sum(), SheetWriter.CountFormat).Style.Font.Bold = true;
        }
        var totalRow = first + map.Rows.Count;
        w.Text(totalRow, 2, t["Digest_Col_Total"]).Style.Font.Bold = true;
        for (var col = 0; col <= map.Columns.Count; col++)
        {
            var sum = col < map.Columns.Count ? map.Cells.Sum(cells => cells[col]) : map.Cells.Sum(cells => cells.Sum());
            var cell = w.Number(totalRow, 3 + col, sum, SheetWriter.CountFormat);
            cell.Style.Font.Bold = true;
            cell.Style.Border.TopBorder = XLBorderStyleValues.Thin;
        }
        if (map.Rows.Count > 0 && map.Columns.Count > 0)
        {
            sheet.Range(first, 3, totalRow - 1, 2 + map.Columns.Count).AddConditionalFormat().ColorScale()
                .LowestValue(XLColor.FromHtml("#F7FBFF"))
                .Midpoint(XLCFContentType.Percentile, 50, XLColor.FromHtml("#9ECAE1"))
                .HighestValue(XLColor.FromHtml("#4292C6"));
        }
        w.Finish(filter: false);
        for (var col = 3; col < 3 + map.Columns.Count; col++)
        {
            sheet.Column(col).Width = 9;
        }
    }

    /// <summary>"2026-W47" → "W47 2026", narrow enough for twelve columns on one printed page.</summary>
    private static string WeekHeader(string week) => week.Length == 8 ? $"{week[5..]} {week[..4]}" : week;
}
