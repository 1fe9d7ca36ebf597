namespace Dashboard.Features.Digests;

/// <summary>Everything one digest workbook shows, gathered from the figures engine for one agreement, week and scope.</summary>
public sealed record DigestContent(
    string AgreementCode,
    string AgreementTitle,
    IsoWeek Week,
    DigestScope Scope,
    DateTimeOffset AsOf,
    DigestFigures ThisWeek,
    DigestFigures PreviousWeek,
    DigestFigures ToDate,
    DigestHeatmap Heatmap,
    IReadOnlyDictionary<string, string> AreaNames,
    IReadOnlyList<DigestRequestRow> OpenRequests,
    IReadOnlyList<DigestIncidentRow> Incidents)
{
    /// <summary>Lists longer than this are cut (and say so): a digest stays small enough to mail and to open.</summary>
    public const int ListLimit = 2000;

    /// <summary>Commendation candidates over the agreement to date.</summary>
    public IReadOnlyList<DigestCandidate> Candidates => ToDate.Candidates;
}
