using Dashboard.Features.Commendations;
using Dashboard.Features.Heatmaps;
using Dashboard.Features.Kpis;
using Dashboard.Features.Overview;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.ReviewMode;

/// <summary>Computes review mode's data with the figures service, the heat maps and the commendation board (one definition of each figure).</summary>
public sealed class ReviewLoader(FiguresService figures, HeatmapService heatmaps, CommendationBoard board, CommendationWeightsStore weights,
    OverviewQueries queries, LocalClock clock)
{
    /// <summary>Throws <see cref="FigureQueryException"/> (a localised message) for an impossible selection.</summary>
    public async Task<ReviewData> LoadAsync(OverviewSelection selection, HeatmapShape shape = HeatmapShape.WeekdayByHour, CancellationToken ct = default)
    {
        var today = clock.Today;
        var (from, to) = Period.Resolve(selection.Kind, today, selection.CustomFrom, selection.CustomTo);
        var query = new FigureQuery(selection.Agreement, from, to, clock.LocalNow);
        var scoring = await weights.GetAsync(ct);
        var current = await figures.ComputeAsync(query, ct);
        var w = current.Window;
        var (prevFrom, prevTo) = Period.Previous(w.From, w.To);
        var previous = await figures.ComputeAsync(query with { From = prevFrom, To = prevTo }, ct);
        var heat = await heatmaps.ComputeAsync(query with { From = w.From, To = w.To }, shape, ct);
        var candidates = await board.FromAsync(current, scoring, ct);
        // A previous period wholly before the chosen agreement began has nothing to compare with.
        var comparable = w.AgreementId is null || await queries.AgreementOverlapsAsync(w.AgreementId.Value, prevFrom, prevTo, ct);
        return new ReviewData(current, previous, comparable, heat, candidates, today);
    }
}
