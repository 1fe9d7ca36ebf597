namespace Dashboard.Features.Import;

public sealed record SheetCounts(string Sheet, int Inserted, int Updated, int Unchanged)
{
    public int Total => Inserted + Updated + Unchanged;
}

/// <summary>The outcome of an import: refused with every fault, or accepted with counts per sheet (written unless a dry run).</summary>
public sealed record ImportReport(IReadOnlyList<ImportFault> Faults, IReadOnlyList<SheetCounts> Sheets, bool DryRun)
{
    public bool Accepted => Faults.Count == 0;

    /// <summary>True when the data is now in the database.</summary>
    public bool Written => Accepted && !DryRun;

    public static ImportReport Refused(IReadOnlyList<ImportFault> faults, bool dryRun) => new(faults, [], dryRun);
}

public enum ImportStage { Validating, Writing }

/// <summary>Actor is recorded on the audit entries; Progress hears the stage as the import moves on.</summary>
public sealed record ImportOptions(bool DryRun = false, string Actor = "import", Action<ImportStage>? Progress = null);
