using Dashboard.Features.Incidents;
using Dashboard.Features.Requests;

namespace Dashboard.Features.Kpis;

/// <summary>The figures of SPEC §3 for one <see cref="FigureWindow"/>. Values are raw; rounding happens in the output layer.</summary>
public sealed record Kpis(
    FigureWindow Window,
    RequestFigures Requests,
    VerificationFigures Verifications,
    IncidentFigures Incidents,
    IReadOnlyList<CommendationCandidate> CommendationCandidates);

/// <summary>Open, Overdue and DueWithin24h are the state at AsOf; the others count the window.</summary>
public sealed record RequestFigures(
    int Open,
    int Overdue,
    int DueWithin24h,
    int Received,
    int Answered,
    int AnsweredOnTime,
    double? OnTimeRate,
    double? TurnaroundHoursMedian,
    double? TurnaroundHoursP90);

/// <summary>Sums of Count; ByKind holds only kinds with a non-zero sum, in the enum's order.</summary>
public sealed record VerificationFigures(long Total, IReadOnlyDictionary<VerificationKind, long> ByKind);

/// <summary>Open is the state at AsOf; the others are about the incidents that occurred in the window. The maps hold non-zero counts only.</summary>
public sealed record IncidentFigures(
    int Occurred,
    int Resolved,
    double? ResolutionRate,
    double? MeanHoursToResolve,
    int Open,
    long OutageMinutes,
    long SubscribersAffected,
    long DamageVnd,
    IReadOnlyDictionary<IncidentKind, int> ByKind,
    IReadOnlyDictionary<IncidentSeverity, int> BySeverity,
    IReadOnlyDictionary<string, int> ByArea);
