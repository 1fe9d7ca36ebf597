using System.Globalization;
using ClosedXML.Excel;
using Dashboard.Features.Shared;

namespace Dashboard.Features.Import;

/// <summary>
/// The downloadable template: an instructions sheet and one sheet per record type with its header and an example row.
/// Widths are set from the text (AdjustToContents needs libgdiplus); every text is written as text, never as a formula.
/// </summary>
public static class ImportTemplate
{
    public const string FileName = "mau-nhap-du-lieu.xlsx";
    public const string ContentType = XlsxDownload.ContentType;

    private static readonly XLColor HeaderFill = XLColor.FromHtml("#DCE6F1");

    public static byte[] Build()
    {
        using var workbook = new XLWorkbook();
        Instructions(workbook.AddWorksheet(ImportTemplateText.InstructionsSheet));
        foreach (var sheet in ImportSchema.Sheets)
        {
            DataSheet(workbook.AddWorksheet(sheet.Name), sheet);
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Writes text as text: a value starting with '=' stays what it is.</summary>
    public static void SetText(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
    }

    private static void DataSheet(IXLWorksheet ws, ImportSheet sheet)
    {
        var examples = ImportTemplateText.Examples[sheet.Name];
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            var column = sheet.Columns[c];
            var header = ws.Cell(1, c + 1);
            SetText(header, column.Key);
            header.Style.Font.Bold = column.Required;
            header.Style.Fill.BackgroundColor = HeaderFill;
            if (column.Kind is ColumnKind.Code or ColumnKind.Text)
            {
                // Codes such as 024 keep their leading zero when typed into a text column.
                ws.Column(c + 1).Style.NumberFormat.Format = "@";
            }
            for (var r = 0; r < examples.Length; r++)
            {
                var cell = ws.Cell(r + 2, c + 1);
                var value = examples[r][c];
                if (column.Kind is ColumnKind.WholeNumber or ColumnKind.Number && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
                {
                    cell.SetValue(n);
                }
                else if (value.Length > 0)
                {
                    SetText(cell, value);
                }
                cell.Style.Font.Italic = true;
                cell.Style.Font.FontColor = XLColor.FromHtml("#595959");
            }
            var longest = examples.Select(e => e[c].Length).Append(column.Key.Length + 2).Max();
            ws.Column(c + 1).Width = Math.Clamp(longest * 1.1 + 2, 10, 60);
        }
        ws.SheetView.FreezeRows(1);
        PrintSetup(ws);
    }

    private static void PrintSetup(IXLWorksheet ws)
    {
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
    }

    /// <summary>Wrapped text does not grow a row by itself in every spreadsheet program, so the height is set from the text.</summary>
    private static double LinesHeight(int length, int charactersPerLine) => 15 * Math.Max(1, Math.Ceiling(length / (double)charactersPerLine));

    private static void Instructions(IXLWorksheet ws)
    {
        SetText(ws.Cell(1, 1), ImportTemplateText.Title);
        ws.Cell(1, 1).Style.Font.Bold = true;
        ws.Cell(1, 1).Style.Font.FontSize = 14;
        var row = 3;
        foreach (var rule in ImportTemplateText.Rules)
        {
            var range = ws.Range(row, 1, row, 4).Merge();
            SetText(range.FirstCell(), rule);
            range.Style.Alignment.WrapText = true;
            range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            ws.Row(row).Height = LinesHeight(rule.Length, 125);
            row++;
        }
        row++;
        for (var c = 0; c < ImportTemplateText.TableHeader.Length; c++)
        {
            SetText(ws.Cell(row, c + 1), ImportTemplateText.TableHeader[c]);
            ws.Cell(row, c + 1).Style.Font.Bold = true;
            ws.Cell(row, c + 1).Style.Fill.BackgroundColor = HeaderFill;
        }
        foreach (var sheet in ImportSchema.Sheets)
        {
            foreach (var column in sheet.Columns)
            {
                row++;
                var isKey = ImportTemplateText.Keys[sheet.Name].Contains(column.Key);
                var text = ImportTemplateText.Columns[$"{sheet.Name}.{column.Key}"];
                if (column.Choices is { } choices)
                {
                    text += ": " + string.Join(", ", choices) + ".";
                }
                SetText(ws.Cell(row, 1), sheet.Name);
                SetText(ws.Cell(row, 2), column.Key);
                SetText(ws.Cell(row, 3), (column.Required ? "Có" : "Không") + (isKey ? " (khoá)" : ""));
                SetText(ws.Cell(row, 4), text);
                ws.Cell(row, 4).Style.Alignment.WrapText = true;
                ws.Row(row).Height = LinesHeight(text.Length, 85);
            }
        }
        ws.Column(1).Width = 16;
        ws.Column(2).Width = 22;
        ws.Column(3).Width = 14;
        ws.Column(4).Width = 90;
        PrintSetup(ws);
    }
}
