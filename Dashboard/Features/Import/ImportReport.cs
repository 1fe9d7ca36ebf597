namespace Dashboard.Features.Import;

public sealed record SheetCounts(string Sheet, int Inserted, int Updated, int Unchanged)
{
    public int Total => Inserted + Updated + Unchanged;
}

/// <summary>
/// The outcome of an import: refused with its faults (the first <see cref="FaultList.Limit"/>, located, and how many there
/// were in all), or accepted with counts per sheet (written unless a dry run).
/// </summary>
public sealed record ImportReport(IReadOnlyList<ImportFault> Faults, IReadOnlyList<SheetCounts> Sheets, bool DryRun)
{
    public bool Accepted => Faults.Count == 0;

    /// <summary>True when the data is now in the database.</summary>
    public bool Written => Accepted && !DryRun;

    /// <summary>Every fault found, also those past the ones listed.</summary>
    public int TotalFaults { get; init; } = Faults.Count;

    /// <summary>True when more faults were found than are listed.</summary>
    public bool Capped => TotalFaults > Faults.Count;

    public static ImportReport Refused(IReadOnlyList<ImportFault> faults, bool dryRun) => new(faults, [], dryRun);

    public static ImportReport Refused(FaultList faults, bool dryRun) => new(faults.All, [], dryRun) { TotalFaults = faults.Count };
}

/// <summary>Reading: rows read and checked one by one; Validating: rows checked against each other and the database; Writing.</summary>
public enum ImportStage { Reading, Validating, Writing }

/// <summary>Where an import is, as its listener hears it (at each stage and every few thousand rows).</summary>
public sealed record ImportStatus(ImportStage Stage, int RowsRead, int RowsValidated, int RowsWritten, int RowsToWrite, int Faults);

/// <summary>Actor is recorded on the audit entries, FileName beside the file's SHA-256; Progress hears how the import moves on.</summary>
public sealed record ImportOptions(bool DryRun = false, string Actor = "import", Action<ImportStatus>? Progress = null, string? FileName = null);
