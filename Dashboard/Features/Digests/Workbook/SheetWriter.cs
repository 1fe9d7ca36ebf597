using ClosedXML.Excel;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.Digests.Workbook;

/// <summary>
/// Writes one sheet: user text always as text (never a formula), local dd/MM/yyyy dates, column widths from the text
/// (no AdjustToContents: it needs libgdiplus and fonts), frozen header, filter, landscape print fitted to one page wide.
/// </summary>
internal sealed class SheetWriter(IXLWorksheet sheet)
{
    public const string DateTimeFormat = "dd/mm/yyyy hh:mm";
    public const string CountFormat = "#,##0";
    public const string DecimalFormat = "#,##0.0";
    public const string RateFormat = "0.0%";
    public const string PointsFormat = "#,##0.00";
    public const string MoneyFormat = "#,##0 \"₫\"";

    private const double MaxWidth = 60;
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#DCE6F1");
    private readonly Dictionary<int, int> _longest = [];
    private int _headerRow;
    private int _headerColumns;
    private string[] _headerTitles = [];

    public IXLWorksheet Sheet { get; } = sheet;

    /// <summary>The last row written.</summary>
    public int LastRow { get; private set; }

    /// <summary>A line above the table; it spills over its neighbours and does not widen its column.</summary>
    public IXLCell Title(int row, string text, bool large = true)
    {
        var cell = Sheet.Cell(row, 1);
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
        cell.Style.Font.Bold = large;
        cell.Style.Font.FontSize = large ? 14 : 11;
        LastRow = Math.Max(LastRow, row);
        return cell;
    }

    /// <summary>The table header: frozen, filtered, repeated on every printed page.</summary>
    public void Header(int row, params string[] titles)
    {
        _headerRow = row;
        _headerColumns = titles.Length;
        _headerTitles = titles;
        for (var c = 0; c < titles.Length; c++)
        {
            var cell = Text(row, c + 1, titles[c]);
            // Header text wraps: it needs about half its length, but never less than its longest word.
            var words = titles[c].Split(' ').Max(w => w.Length);
            _longest[c + 1] = Math.Max(words, (titles[c].Length + 1) / 2);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = HeaderFill;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
            cell.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        }
    }

    /// <summary>Text exactly as given: a leading "=" stays a character, never a formula; digits stay digits, never a number.</summary>
    public IXLCell Text(int row, int column, string? text)
    {
        var cell = Sheet.Cell(row, column);
        var value = text ?? "";
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
        Track(row, column, value.Length);
        return cell;
    }

    public IXLCell Number(int row, int column, double? value, string format)
    {
        var cell = Sheet.Cell(row, column);
        if (value is { } v)
        {
            cell.SetValue(v);
            cell.Style.NumberFormat.Format = format;
            Track(row, column, Math.Max(format.Length - 2, v.ToString("N1", System.Globalization.CultureInfo.InvariantCulture).Length));
        }
        return cell;
    }

    /// <summary>A UTC instant shown as local (Asia/Ho_Chi_Minh) date and time.</summary>
    public IXLCell LocalTime(int row, int column, DateTime utc)
    {
        var cell = Sheet.Cell(row, column);
        cell.SetValue(LocalClock.ToLocal(utc).DateTime);
        cell.Style.NumberFormat.Format = DateTimeFormat;
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        Track(row, column, 17);
        return cell;
    }

    /// <summary>Freezes and filters the header, sets widths and print set-up. Call once the rows are written.</summary>
    public void Finish(bool filter = true, params int[] wrapColumns)
    {
        if (_headerRow > 0)
        {
            Sheet.SheetView.FreezeRows(_headerRow);
            Sheet.PageSetup.SetRowsToRepeatAtTop(_headerRow, _headerRow);
            if (filter)
            {
                Sheet.Range(_headerRow, 1, Math.Max(LastRow, _headerRow), _headerColumns).SetAutoFilter();
            }
        }
        foreach (var (column, longest) in _longest)
        {
            // Roughly one unit per character, a little more for diacritics and bold headers, and room for the filter button.
            Sheet.Column(column).Width = Math.Min(MaxWidth, Math.Max(8, longest * 1.1 + 3));
        }
        if (_headerRow > 0)
        {
            // Wrapped header text needs a taller row; spreadsheet programs do not grow a row on opening.
            var lines = _headerTitles.Select((t, i) => (int)Math.Ceiling(t.Length * 1.1 / Math.Max(1, Sheet.Column(i + 1).Width - 1))).Max();
            Sheet.Row(_headerRow).Height = 15 * Math.Clamp(lines, 1, 4);
        }
        foreach (var column in wrapColumns)
        {
            Sheet.Column(column).Style.Alignment.WrapText = true;
        }
        Sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        Sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        Sheet.PageSetup.FitToPages(1, 0);
        Sheet.PageSetup.Margins.SetLeft(0.4).SetRight(0.4).SetTop(0.5).SetBottom(0.5);
        Sheet.PageSetup.Footer.Center.AddText("&P / &N");
    }

    private void Track(int row, int column, int length)
    {
        LastRow = Math.Max(LastRow, row);
        if (row != _headerRow)
        {
            _longest[column] = Math.Max(_longest.GetValueOrDefault(column), Math.Min(length, (int)MaxWidth));
        }
    }
}
