using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Import;

/// <summary>
/// One reason a workbook is refused. Row is Excel's row number (header = 1; 0 for the file as a whole).
/// The message is the resource Import_Fault_{Code} formatted with Args, in the current UI culture.
/// </summary>
public sealed record ImportFault(string Sheet, int Row, string Column, string Code, IReadOnlyList<string> Args)
{
    public static ImportFault File(string code, params string[] args) => new("", 0, "", code, args);

    public string Message(IStringLocalizer localizer)
    {
        var text = localizer["Import_Fault_" + Code];
        return text.ResourceNotFound ? Code : string.Format(System.Globalization.CultureInfo.CurrentCulture, text.Value, [.. Args]);
    }
}

/// <summary>Collects faults; validation keeps going after the first so the user sees them all at once.</summary>
public sealed class FaultList
{
    private readonly List<ImportFault> _faults = [];

    public IReadOnlyList<ImportFault> All => _faults;

    public bool Any => _faults.Count > 0;

    public void Add(string sheet, int row, string column, string code, params string[] args) =>
        _faults.Add(new ImportFault(sheet, row, column, code, args));

    public void Add(ImportFault fault) => _faults.Add(fault);
}
