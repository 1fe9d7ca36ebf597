using System.Globalization;
using ClosedXML.Excel;
using Dashboard.Infrastructure.Excel;
using Dashboard.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Shared;

/// <summary>
/// The top of every list export — title, when and by whom, how many rows — and, above the cap, a plain line that rows
/// were left out: one layout for every list's workbook.
/// </summary>
public static class ListWorkbook
{
    /// <summary>ClosedXML holds a workbook in memory (about 11 KB a row for requests): every list export stops here.</summary>
    public const int RowCap = 10_000;

    /// <summary>Writes the heading of <paramref name="ws"/>; returns the row for the column titles.</summary>
    public static int Heading(IXLWorksheet ws, IStringLocalizer l, string title, DateTime nowUtc, string exportedBy, int total, int shown)
    {
        SheetWriter.Text(ws.Cell(1, 1), title);
        ws.Cell(1, 1).Style.Font.Bold = true;
        ws.Cell(1, 1).Style.Font.FontSize = 14;
        SheetWriter.Text(ws.Cell(2, 1), l["Export_Generated", Fmt.DateTime(nowUtc), Count(total)] + " — " + exportedBy);
        if (total <= shown)
        {
            return 3;
        }
        SheetWriter.Text(ws.Cell(3, 1), l["Export_Capped", Count(total), Count(RowCap)]);
        ws.Cell(3, 1).Style.Font.FontColor = XLColor.DarkRed;
        return 4;
    }

    /// <summary>The finished workbook as the bytes of an .xlsx file.</summary>
    public static byte[] Bytes(XLWorkbook wb)
    {
        using var stream = new MemoryStream();
        wb.SaveAs(stream);
        return stream.ToArray();
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.CurrentCulture);
}
