using Dashboard.Features.People;

namespace Dashboard.Features.Kpis;

/// <summary>
/// A person whose score reaches the threshold and who has no commendation in the window (SPEC §3). The figures' own
/// record, as their JSON (§5.2) shows it; who scores and ranks is Commendations' (<see cref="ICandidateRanking"/>).
/// </summary>
public sealed record CommendationCandidate(string PersonCode, string FullName, Agency Agency, decimal Score, CommendationBreakdown Breakdown);

/// <summary>What makes a score: counts of the sets of SPEC §3 in which the person took part.</summary>
public sealed record CommendationBreakdown(
    int AnsweredOnTime,
    int AnsweredLate,
    long Verifications,
    int IncidentsResolved,
    int CriticalResolved,
    int OverdueNow);
