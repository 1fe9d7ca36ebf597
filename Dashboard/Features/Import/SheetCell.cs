namespace Dashboard.Features.Import;

public enum CellKind { Blank, Text, Number, Date, Boolean, Formula, Error }

/// <summary>
/// One cell as the workbook stores it. Text is what the user sees (for a formula: "=" and its text, never evaluated; for a
/// number: the stored digits); Number is the stored value of a number or date cell (dates as Excel serials, local time).
/// </summary>
public readonly record struct SheetCell(CellKind Kind, string Text, double Number = 0)
{
    public static readonly SheetCell Blank = new(CellKind.Blank, "");

    /// <summary>A number or date typed as a value, not computed by a formula.</summary>
    public bool IsNumeric => Kind is CellKind.Number or CellKind.Date;
}

/// <summary>A data row of a sheet: Excel's row number and its cells by column (index 0 is column A).</summary>
internal readonly record struct SheetRow(int Number, SheetCell[] Cells)
{
    public SheetCell this[int column] => column >= 1 && column <= Cells.Length ? Cells[column - 1] : SheetCell.Blank;
}
