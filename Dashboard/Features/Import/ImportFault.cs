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

/// <summary>
/// Collects faults; validation keeps going after the first so the user sees them at once. Only the first
/// <see cref="Limit"/> are kept with their place (a file with 25,000 bad cells would make a report nobody reads);
/// the rest are counted.
/// </summary>
public sealed class FaultList
{
    public const int Limit = 1000;

    private readonly List<ImportFault> _faults = [];

    /// <summary>The first <see cref="Limit"/> faults, in the order found.</summary>
    public IReadOnlyList<ImportFault> All => _faults;

    /// <summary>Every fault found.</summary>
    public int Count { get; private set; }

    public bool Any => Count > 0;

    public void Add(string sheet, int row, string column, string code, params string[] args)
    {
        if (++Count <= Limit)
        {
            _faults.Add(new ImportFault(sheet, row, column, code, args));
        }
    }

    public void Add(ImportFault fault)
    {
        if (++Count <= Limit)
        {
            _faults.Add(fault);
        }
    }
}
