using ClosedXML.Excel;
using Dashboard.Infrastructure.Excel;

namespace Dashboard.Features.Heatmaps;

/// <summary>A heat map as a worksheet grid: labels as text, counts as numbers, a 3-colour scale, labels frozen, printable.</summary>
public static class HeatmapSheet
{
    /// <summary>
    /// Light to dark along viridis' yellow–green end, from zero (white) through the middle of the range to the maximum:
    /// lightness falls steadily, so the order reads without telling hues apart, and black figures stay legible on every step.
    /// </summary>
    public static readonly XLColor Low = XLColor.FromHtml("#FFFFFF");
    public static readonly XLColor Mid = XLColor.FromHtml("#FDE725");
    public static readonly XLColor High = XLColor.FromHtml("#21918C");

    /// <summary>Writes the grid with its header at <paramref name="headerRow"/>; returns the last row written.</summary>
    public static int Write(IXLWorksheet ws, int headerRow, Heatmap map, HeatmapText text)
    {
        SheetWriter.Header(ws, headerRow, [text.Corner(map.Shape), .. map.Columns.Select(c => text.Column(map.Shape, c))]);
        for (var r = 0; r < map.Rows.Count; r++)
        {
            var row = headerRow + 1 + r;
            SheetWriter.Text(ws.Cell(row, 1), text.Row(map.Shape, map.Rows[r]));
            ws.Cell(row, 1).Style.Font.Bold = true;
            for (var c = 0; c < map.Columns.Count; c++)
            {
                SheetWriter.Number(ws.Cell(row, c + 2), map.Cells[r][c]);
            }
        }
        var lastRow = headerRow + map.Rows.Count;
        var lastColumn = map.Columns.Count + 1;
        if (map.Rows.Count > 0)
        {
            var counts = ws.Range(headerRow + 1, 2, lastRow, lastColumn);
            counts.AddConditionalFormat().ColorScale()
                .Minimum(XLCFContentType.Number, "0", Low)
                .Midpoint(XLCFContentType.Percent, "50", Mid)
                .Maximum(XLCFContentType.Number, Math.Max(1, map.Cells.SelectMany(x => x).DefaultIfEmpty(0).Max()).ToString(System.Globalization.CultureInfo.InvariantCulture), High);
            counts.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            counts.Style.Border.InsideBorder = counts.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            counts.Style.Border.InsideBorderColor = counts.Style.Border.OutsideBorderColor = XLColor.FromHtml("#D0D7DE");
        }
        // Weeks and months are many narrow columns: their headers stand upright so the width follows the counts.
        var upright = map.Shape is HeatmapShape.AreaByWeek or HeatmapShape.AreaByMonth;
        if (upright)
        {
            ws.Range(headerRow, 2, headerRow, lastColumn).Style.Alignment.TextRotation = 90;
        }
        SheetWriter.FitColumns(ws, upright ? headerRow + 1 : headerRow, lastColumn, Math.Max(lastRow, headerRow + 1));
        ws.SheetView.Freeze(headerRow, 1);
        SheetWriter.PrintLandscape(ws, headerRow);
        ws.PageSetup.SetColumnsToRepeatAtLeft(1, 1);
        return lastRow;
    }
}
