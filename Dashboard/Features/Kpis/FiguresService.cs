using Dashboard.Features.Kpis.Totals;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis;

/// <summary>The figures of SPEC §3, computed by the database. One short-lived context per call, read in one snapshot.</summary>
public sealed class FiguresService(IDbContextFactory<DashboardDbContext> dbs, LocalClock clock, ICandidateRanking ranking)
{
    /// <summary>The inputs with their defaults applied; throws <see cref="FigureQueryException"/> when they cannot be computed.</summary>
    public async Task<FigureWindow> ResolveAsync(FigureQuery query, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await FigureWindows.ResolveAsync(db, clock, query, ct);
    }

    /// <summary>Requests, verifications, incidents and commendation candidates; throws <see cref="FigureQueryException"/> on bad inputs.</summary>
    public async Task<Kpis> ComputeAsync(FigureQuery query, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var snapshot = await ReadSnapshot.BeginAsync(db, ct);
        var window = await FigureWindows.ResolveAsync(db, clock, query, ct);
        var facts = await FigureFacts.ReadAsync(db, window, ct);
        var state = await OpenState.ReadAsync(db, window, ct);
        var requests = await RequestFiguresQuery.ComputeAsync(db, window, facts, state.Requests, ct);
        var verifications = VerificationFiguresQuery.Compute(facts);
        var incidents = IncidentFiguresQuery.Assemble(facts, state.Incidents);
        var overdue = state.Requests.ToDictionary(x => x.Key, x => x.Value.Overdue);
        var candidates = await ranking.RankAsync(new FigureReading(db, window, facts, overdue), ct);
        return new Kpis(window, requests, verifications, incidents, candidates);
    }

    /// <summary>The overview's request charts for a window <see cref="ResolveAsync"/> gave: per local month, and by turnaround.</summary>
    public async Task<(List<MonthCount> Months, TurnaroundBuckets Turnaround)> RequestSeriesAsync(FigureWindow window, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var snapshot = await ReadSnapshot.BeginAsync(db, ct);
        return (await RequestSeries.MonthsAsync(db, window, ct), await RequestSeries.TurnaroundAsync(db, window, ct));
    }
}
