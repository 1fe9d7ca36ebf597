using ClosedXML.Excel;

namespace Dashboard.Infrastructure.Excel;

/// <summary>
/// The one way the product writes list sheets: user text as text (never a formula), local date formats, a frozen
/// header with filters, widths computed from the text (no native graphics library), landscape fit-to-width printing.
/// </summary>
public static class SheetWriter
{
    public const string DateTimeFormat = "dd/MM/yyyy HH:mm";
    public const string DateFormat = "dd/MM/yyyy";
    public const string IntegerFormat = "#,##0";
    /// <summary>VND has no minor unit; the symbol is quoted so every spreadsheet reads it as a literal.</summary>
    public const string VndFormat = "#,##0 \"₫\"";
    private const double MaxWidth = 60;

    public static void Text(IXLCell cell, string? text)
    {
        cell.SetValue(text ?? "");
        cell.DataType = XLDataType.Text;
    }

    public static void LocalDateTime(IXLCell cell, DateTime? utc)
    {
        if (utc is { } value)
        {
            cell.SetValue(Time.LocalClock.ToLocal(value).DateTime);
            cell.Style.NumberFormat.Format = DateTimeFormat;
        }
    }

    public static void Number(IXLCell cell, long value)
    {
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = IntegerFormat;
    }

    public static void Vnd(IXLCell cell, long amount)
    {
        cell.SetValue(amount);
        cell.Style.NumberFormat.Format = VndFormat;
    }

    public static void Fraction(IXLCell cell, double? value, string format)
    {
        if (value is { } v)
        {
            cell.SetValue(v);
            cell.Style.NumberFormat.Format = format;
        }
    }

    /// <summary>Writes the header row at <paramref name="row"/> and styles it.</summary>
    public static void Header(IXLWorksheet ws, int row, IReadOnlyList<string> titles)
    {
        for (var i = 0; i < titles.Count; i++)
        {
            Text(ws.Cell(row, i + 1), titles[i]);
        }
        var header = ws.Range(row, 1, row, titles.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DCE6F1");
        header.Style.Alignment.WrapText = true;
        header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
    }

    /// <summary>Frozen header, filters, widths from content, print set-up (landscape, one page wide, header repeated).</summary>
    public static void Finish(IXLWorksheet ws, int headerRow, int columns, int lastRow)
    {
        ws.SheetView.FreezeRows(headerRow);
        ws.Range(headerRow, 1, Math.Max(headerRow, lastRow), columns).SetAutoFilter();
        FitColumns(ws, headerRow, columns, lastRow);
        PrintLandscape(ws, headerRow);
    }

    /// <summary>Print set-up of every sheet: A4 landscape, one page wide, the header row repeated on each page.</summary>
    public static void PrintLandscape(IXLWorksheet ws, int headerRow)
    {
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.FitToPages(1, 0);
        ws.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
        ws.PageSetup.Margins.Left = ws.PageSetup.Margins.Right = 0.4;
    }

    /// <summary>Widths from the longest text of each column (capped; long text wraps), about one unit per character.</summary>
    public static void FitColumns(IXLWorksheet ws, int headerRow, int columns, int lastRow)
    {
        for (var c = 1; c <= columns; c++)
        {
            var longest = 6;
            for (var r = headerRow; r <= lastRow; r++)
            {
                var cell = ws.Cell(r, c);
                var length = cell.DataType == XLDataType.DateTime ? 16 : cell.GetFormattedString().Length;
                longest = Math.Max(longest, r == headerRow ? Math.Min(length, 24) : length);
            }
            var width = Math.Min(MaxWidth, longest + 2);
            ws.Column(c).Width = width;
            if (width >= MaxWidth)
            {
                ws.Column(c).Style.Alignment.WrapText = true;
            }
        }
    }
}
