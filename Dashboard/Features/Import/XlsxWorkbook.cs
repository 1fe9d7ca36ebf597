using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dashboard.Features.Import;

/// <summary>
/// A workbook read forward-only, row by row, from its sheet parts (DocumentFormat.OpenXml for the package, an XmlReader for
/// the sheet XML): memory holds the shared strings and one row at a time, never a whole-sheet object model.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    /// <summary>Built-in number formats that show a date or time (ECMA-376 §18.8.30, and the East Asian ones).</summary>
    private static bool IsBuiltInDate(uint id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    private readonly SpreadsheetDocument _document;
    private readonly List<(string Name, string PartId)> _sheets;
    private string[]? _sharedStrings;
    private bool[]? _dateStyles;

    private XlsxWorkbook(SpreadsheetDocument document, List<(string Name, string PartId)> sheets)
    {
        _document = document;
        _sheets = sheets;
    }

    /// <summary>Null when the stream is not an .xlsx workbook.</summary>
    public static XlsxWorkbook? Open(Stream stream)
    {
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
            var sheets = document.WorkbookPart?.Workbook?.Sheets?.Elements<Sheet>()
                .Where(s => s.Name?.Value is not null && s.Id?.Value is not null)
                .Select(s => (s.Name!.Value!, s.Id!.Value!)).ToList();
            if (sheets is null)
            {
                document.Dispose();
                return null;
            }
            return new XlsxWorkbook(document, sheets);
        }
        catch (Exception)
        {
            // Not a zip, not a package, not spreadsheet XML: the package and XML readers throw many kinds.
            document?.Dispose();
            return null;
        }
    }

    /// <summary>The rows of the first sheet of that name (trimmed, any case), or null when there is none.</summary>
    public IEnumerable<SheetRow>? Sheet(string name)
    {
        var found = _sheets.FirstOrDefault(s => s.Name.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));
        return found.PartId is null || _document.WorkbookPart!.GetPartById(found.PartId) is not WorksheetPart part ? null : Rows(part);
    }

    private IEnumerable<SheetRow> Rows(WorksheetPart part)
    {
        var strings = _sharedStrings ??= SharedStrings(_document.WorkbookPart!);
        var dates = _dateStyles ??= DateStyles(_document.WorkbookPart!);
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, CloseInput = false });
        var cells = new List<(int Column, SheetCell Cell)>();
        var cell = new CellState();
        int row = 0, column = 0;
        var inCell = false;
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "row":
                        row = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                        column = 0;
                        cells.Clear();
                        if (xml.IsEmptyElement)
                        {
                            yield return new SheetRow(row, []);
                        }
                        break;
                    case "c":
                        column = ColumnOf(xml.GetAttribute("r")) ?? column + 1;
                        cell = new CellState
                        {
                            Type = xml.GetAttribute("t"),
                            Style = int.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0,
                        };
                        inCell = !xml.IsEmptyElement;
                        break;
                    case "v" when inCell:
                        cell.Value = xml.ReadElementContentAsString();
                        continue;
                    case "f" when inCell:
                        cell.HasFormula = true;
                        if (!xml.IsEmptyElement)
                        {
                            cell.Formula = xml.ReadElementContentAsString();
                            continue;
                        }
                        break;
                    case "t" when inCell:
                        cell.Inline = (cell.Inline ?? "") + xml.ReadElementContentAsString();
                        continue;
                    case "rPh":
                        // Phonetic guides are not part of the text.
                        xml.Skip();
                        continue;
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement)
            {
                switch (xml.LocalName)
                {
                    case "c":
                        inCell = false;
                        cells.Add((column, cell.ToCell(strings, dates)));
                        break;
                    case "row":
                        yield return new SheetRow(row, Dense(cells));
                        break;
                    case "sheetData":
                        yield break;
                }
            }
            xml.Read();
        }
    }

    /// <summary>Cells by column number; a stray cell far to the right does not make every row that wide.</summary>
    private static SheetCell[] Dense(List<(int Column, SheetCell Cell)> cells)
    {
        var width = 0;
        foreach (var (c, value) in cells)
        {
            if (value.Kind != CellKind.Blank && c <= ImportSchema.MaxColumns)
            {
                width = Math.Max(width, c);
            }
        }
        var dense = new SheetCell[width];
        Array.Fill(dense, SheetCell.Blank);
        foreach (var (c, value) in cells)
        {
            if (c >= 1 && c <= width)
            {
                dense[c - 1] = value;
            }
        }
        return dense;
    }

    /// <summary>"BC12" → 55; null when the reference is absent or not A1.</summary>
    private static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }
        var column = 0;
        foreach (var ch in reference)
        {
            if (ch is >= 'A' and <= 'Z')
            {
                column = column * 26 + (ch - 'A' + 1);
            }
            else if (ch is >= 'a' and <= 'z')
            {
                column = column * 26 + (ch - 'a' + 1);
            }
            else
            {
                break;
            }
        }
        return column == 0 ? null : column;
    }

    private static string[] SharedStrings(WorkbookPart workbook)
    {
        if (workbook.SharedStringTablePart is not { } part)
        {
            return [];
        }
        var strings = new List<string>();
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var text = new StringBuilder();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "si":
                        text.Clear();
                        if (xml.IsEmptyElement)
                        {
                            strings.Add("");
                        }
                        break;
                    case "t":
                        text.Append(xml.ReadElementContentAsString());
                        continue;
                    case "rPh":
                        xml.Skip();
                        continue;
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "si")
            {
                strings.Add(text.ToString());
            }
            xml.Read();
        }
        return [.. strings];
    }

    /// <summary>For each cell style, whether its number format shows a date: such numbers are dates, as Excel shows them.</summary>
    private static bool[] DateStyles(WorkbookPart workbook)
    {
        var styles = workbook.WorkbookStylesPart?.Stylesheet;
        if (styles?.CellFormats is null)
        {
            return [];
        }
        var custom = styles.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && f.FormatCode?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode!.Value!) ?? [];
        return [.. styles.CellFormats.Elements<CellFormat>().Select(f =>
        {
            var id = f.NumberFormatId?.Value ?? 0;
            return custom.TryGetValue(id, out var code) ? new ExcelNumberFormat.NumberFormat(code).IsDateTimeFormat : IsBuiltInDate(id);
        })];
    }

    public void Dispose() => _document.Dispose();

    /// <summary>What one &lt;c&gt; element said, until its end.</summary>
    private struct CellState
    {
        public string? Type;
        public int Style;
        public string? Value;
        public string? Formula;
        public string? Inline;
        public bool HasFormula;

        public readonly SheetCell ToCell(string[] strings, bool[] dates)
        {
            if (HasFormula)
            {
                var formula = Formula ?? "";
                return new SheetCell(CellKind.Formula, formula.StartsWith('=') ? formula : "=" + formula);
            }
            switch (Type)
            {
                case "s":
                    return int.TryParse(Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Length
                        ? new SheetCell(CellKind.Text, strings[i])
                        : SheetCell.Blank;
                case "inlineStr":
                    return new SheetCell(CellKind.Text, Inline ?? "");
                case "str":
                    return new SheetCell(CellKind.Text, Value ?? "");
                case "b":
                    return new SheetCell(CellKind.Boolean, Value == "1" ? "TRUE" : "FALSE");
                case "e":
                    return new SheetCell(CellKind.Error, Value ?? "");
                case "d":
                    return DateTime.TryParse(Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                        ? Date(d.ToOADate())
                        : new SheetCell(CellKind.Text, Value ?? "");
            }
            if (Value is null)
            {
                return SheetCell.Blank;
            }
            if (!double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return new SheetCell(CellKind.Text, Value);
            }
            return Style < dates.Length && dates[Style] && number is > -657435.0 and < 2958466.0
                ? Date(number)
                : new SheetCell(CellKind.Number, Value, number);
        }

        private static SheetCell Date(double serial) =>
            new(CellKind.Date, DateTime.FromOADate(serial).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture), serial);
    }
}
