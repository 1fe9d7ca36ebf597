using Dashboard.Features.Kpis.Totals;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis;

/// <summary>Requests open at AsOf, and of them overdue and due within 24 h.</summary>
internal sealed record RequestState(int Open, int Overdue, int DueWithin24h)
{
    public static RequestState None { get; } = new(0, 0, 0);

    public RequestState Plus(RequestState o) => new(Open + o.Open, Overdue + o.Overdue, DueWithin24h + o.DueWithin24h);
}

/// <summary>The request figures of SPEC §3: the window's counts from its facts, the state at AsOf (<see cref="OpenState"/>), the percentiles by index walks.</summary>
internal static class RequestFiguresQuery
{
    public static async Task<RequestFigures> ComputeAsync(
        DashboardDbContext db, FigureWindow w, FigureFacts facts, IReadOnlyDictionary<int, RequestState> state, CancellationToken ct)
    {
        var turnarounds = await Percentile.IncAsync(atLeast => w.Turnarounds(db.Requests, atLeast), TurnaroundBandsOf(facts), [0.5m, 0.9m], ct);
        return Assemble(facts, state, turnarounds[0], turnarounds[1]);
    }

    /// <summary>How many of the window's answers lie in each band of turnaround, in ascending order.</summary>
    public static List<Percentile.Band> TurnaroundBandsOf(FigureFacts facts) =>
        [.. facts.ById(FigureFact.AnsweredByTurnaround).Where(r => r.Count > 0).OrderBy(r => r.KeyId)
            .Select(r => new Percentile.Band(TurnaroundBands.Lower(r.KeyId), r.Count))];

    /// <param name="median">Turnaround in milliseconds.</param>
    /// <param name="p90">Turnaround in milliseconds.</param>
    public static RequestFigures Assemble(FigureFacts facts, IReadOnlyDictionary<int, RequestState> state, double? median, double? p90)
    {
        var answered = facts.Total(FigureFact.Answered);
        var (count, onTime) = ((int)answered.Count, (int)answered.OnTime);
        var open = state.Values.Aggregate(RequestState.None, (sum, s) => sum.Plus(s));
        return new RequestFigures(
            Open: open.Open,
            Overdue: open.Overdue,
            DueWithin24h: open.DueWithin24h,
            Received: (int)facts.Total(FigureFact.Received).Count,
            Answered: count,
            AnsweredOnTime: onTime,
            OnTimeRate: count == 0 ? null : (double)onTime / count,
            TurnaroundHoursMedian: Durations.Hours(median),
            TurnaroundHoursP90: Durations.Hours(p90));
    }
}
