using Dashboard.Features.Heatmaps;
using Dashboard.Features.Kpis;

namespace Dashboard.Features.Digests;

/// <summary>Everything one digest workbook shows, gathered from the figures engine for one agreement, week and scope.</summary>
public sealed record DigestContent(
    string AgreementCode,
    string AgreementTitle,
    IsoWeek Week,
    DigestScope Scope,
    DateTimeOffset AsOf,
    Kpis.Kpis ThisWeek,
    Kpis.Kpis PreviousWeek,
    Kpis.Kpis ToDate,
    Heatmap Heatmap,
    IReadOnlyDictionary<string, string> AreaNames,
    IReadOnlyList<DigestRequestRow> OpenRequests,
    IReadOnlyList<DigestIncidentRow> Incidents)
{
    /// <summary>Lists longer than this are cut (and say so): a digest stays small enough to mail and to open.</summary>
    public const int ListLimit = 2000;

    /// <summary>Commendation candidates over the agreement to date.</summary>
    public IReadOnlyList<CommendationCandidate> Candidates => ToDate.CommendationCandidates;
}
