using Dashboard.Features.Heatmaps;
using Dashboard.Features.Kpis;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.Overview;

/// <summary>Computes an overview: the figures of SPEC §3 for the period and the one before it, and the series beside them.</summary>
public sealed class OverviewLoader(FiguresService figures, HeatmapService heatmaps, OverviewQueries queries, LocalClock clock)
{
    /// <summary>Throws <see cref="FigureQueryException"/> (a localised message) for an impossible selection.</summary>
    public async Task<OverviewData> LoadAsync(OverviewSelection selection, bool includeSubjects, CancellationToken ct = default)
    {
        var (from, to) = Period.Resolve(selection.Kind, clock.Today, selection.CustomFrom, selection.CustomTo);
        var asOf = clock.LocalNow;
        var query = new FigureQuery(selection.Agreement, from, to, asOf);
        var current = await figures.ComputeAsync(query, ct);
        var w = current.Window;
        var (prevFrom, prevTo) = Period.Previous(w.From, w.To);
        var previous = await figures.ComputeAsync(query with { From = prevFrom, To = prevTo }, ct);
        var (months, turnaround) = await figures.RequestSeriesAsync(w, ct);
        var heat = await heatmaps.ComputeAsync(query with { From = w.From, To = w.To }, HeatmapShape.WeekdayByHour, ct);
        var due = includeSubjects ? await queries.DueSoonAsync(w.AgreementId, w.AsOf, 15, ct) : null;
        // A previous period wholly before the chosen agreement began has nothing to compare with.
        var comparable = w.AgreementId is null || await queries.AgreementOverlapsAsync(w.AgreementId.Value, prevFrom, prevTo, ct);
        return new OverviewData(current, previous, months, turnaround, heat, due, asOf, comparable);
    }
}
