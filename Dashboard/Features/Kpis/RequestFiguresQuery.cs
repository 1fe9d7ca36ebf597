using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis;

/// <summary>The request figures of SPEC §3, one aggregate query per set.</summary>
internal static class RequestFiguresQuery
{
    public static async Task<RequestFigures> ComputeAsync(DashboardDbContext db, FigureWindow w, CancellationToken ct)
    {
        var asOf = w.AsOfUtc;
        var dayLater = asOf.AddHours(24);
        var state = await w.OpenRequests(db.Requests)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Open = g.Count(),
                Overdue = g.Count(r => r.DueAt < asOf),
                DueWithin24h = g.Count(r => r.DueAt >= asOf && r.DueAt < dayLater),
            })
            .SingleOrDefaultAsync(ct);
        var received = await w.ReceivedRequests(db.Requests).CountAsync(ct);
        var answeredSet = w.AnsweredRequests(db.Requests);
        var answered = await answeredSet
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), OnTime = g.Count(r => r.AnsweredAt <= r.DueAt) })
            .SingleOrDefaultAsync(ct);
        var count = answered?.Count ?? 0;
        var onTime = answered?.OnTime ?? 0;
        var turnarounds = w.Turnarounds(db.Requests);
        var median = await Percentile.IncAsync(turnarounds, count, 0.5m, ct);
        var p90 = await Percentile.IncAsync(turnarounds, count, 0.9m, ct);
        return new RequestFigures(
            Open: state?.Open ?? 0,
            Overdue: state?.Overdue ?? 0,
            DueWithin24h: state?.DueWithin24h ?? 0,
            Received: received,
            Answered: count,
            AnsweredOnTime: onTime,
            OnTimeRate: count == 0 ? null : (double)onTime / count,
            TurnaroundHoursMedian: Durations.Hours(median),
            TurnaroundHoursP90: Durations.Hours(p90));
    }
}
