using Dashboard.Features.Kpis.Totals;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis;

/// <summary>The request figures of SPEC §3: the window's counts from its facts, the state at AsOf in one aggregate, the percentiles by index walks.</summary>
internal static class RequestFiguresQuery
{
    public static async Task<RequestFigures> ComputeAsync(DashboardDbContext db, FigureWindow w, FigureFacts facts, CancellationToken ct)
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
        var answered = facts.Total(FigureFact.Answered);
        var (count, onTime) = ((int)answered.Count, (int)answered.OnTime);
        var turnarounds = w.Turnarounds(db.Requests);
        var median = await Percentile.IncAsync(turnarounds, count, 0.5m, ct);
        var p90 = await Percentile.IncAsync(turnarounds, count, 0.9m, ct);
        return new RequestFigures(
            Open: state?.Open ?? 0,
            Overdue: state?.Overdue ?? 0,
            DueWithin24h: state?.DueWithin24h ?? 0,
            Received: (int)facts.Total(FigureFact.Received).Count,
            Answered: count,
            AnsweredOnTime: onTime,
            OnTimeRate: count == 0 ? null : (double)onTime / count,
            TurnaroundHoursMedian: Durations.Hours(median),
            TurnaroundHoursP90: Durations.Hours(p90));
    }
}
