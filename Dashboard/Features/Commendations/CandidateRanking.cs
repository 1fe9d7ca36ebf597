using Dashboard.Features.Kpis;

namespace Dashboard.Features.Commendations;

/// <summary>Fills the figures' candidates (SPEC §3) with this feature's scoring, so the figures need not know how a candidate is chosen.</summary>
internal sealed class CandidateRanking : ICandidateRanking
{
    public Task<IReadOnlyList<CommendationCandidate>> RankAsync(FigureReading reading, CancellationToken ct) =>
        CommendationScoring.RankAsync(reading, ct);
}
