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
    private sealed record Neighbour(int Rank, long Value);

    /// <summary>
    /// The neighbours of the median's rank (Rank 0) and of the 90th percentile's (Rank 1), each read by an ORDER BY …
    /// LIMIT … OFFSET … walk of the turnaround index from the lower bound of the band its rank falls in, under UNION ALL.
    /// The requests are those of <see cref="FigureSets.AnsweredForTurnaround"/>, written out again because a compiled
    /// query cannot call it; compiled, a read skips the translation of the LINQ query.
    /// A null agreement (all agreements) drops its test from the SQL.
    /// </summary>
    private static readonly PerModel<Func<DashboardDbContext, int?, DateTime, DateTime, DateTime, long, int, long, int, IAsyncEnumerable<Neighbour>>>
        Neighbours = new(() => EF.CompileAsyncQuery(
            (DashboardDbContext db, int? agreement, DateTime from, DateTime to, DateTime asOf, long lower0, int skip0, long lower1, int skip1) =>
                db.Set<InformationRequest>()
                    .Where(r => (agreement == null || r.AgreementId == agreement) && (r.AnsweredAt ?? DateTime.MaxValue) >= from
                        && (r.AnsweredAt ?? DateTime.MaxValue) < to && (r.AnsweredAt ?? DateTime.MaxValue) <= asOf && r.TurnaroundMilliseconds >= lower0)
                    .OrderBy(r => r.TurnaroundMilliseconds).Skip(skip0).Take(Percentile.Walk.Take)
                    .Select(r => new { Rank = 0, r.TurnaroundMilliseconds!.Value })
                    .Concat(db.Set<InformationRequest>()
                        .Where(r => (agreement == null || r.AgreementId == agreement) && (r.AnsweredAt ?? DateTime.MaxValue) >= from
                            && (r.AnsweredAt ?? DateTime.MaxValue) < to && (r.AnsweredAt ?? DateTime.MaxValue) <= asOf && r.TurnaroundMilliseconds >= lower1)
                        .OrderBy(r => r.TurnaroundMilliseconds).Skip(skip1).Take(Percentile.Walk.Take)
                        .Select(r => new { Rank = 1, r.TurnaroundMilliseconds!.Value }))
                    .Select(x => new Neighbour(x.Rank, x.Value))));

    public static async Task<RequestFigures> ComputeAsync(
        DashboardDbContext db, FigureWindow w, FigureFacts facts, IReadOnlyDictionary<int, RequestState> state, CancellationToken ct)
    {
        var bands = TurnaroundBandsOf(facts);
        if (bands.Count == 0)
        {
            return Assemble(facts, state, null, null);
        }
        var (median, p90) = (Percentile.WalkTo(bands, 0.5m), Percentile.WalkTo(bands, 0.9m));
        var read = new List<Neighbour>();
        await foreach (var n in Neighbours.For(db)(db, w.AgreementId, w.FromUtc, w.ToUtc, w.AsOfUtc, median.Lower, median.Skip, p90.Lower, p90.Skip)
            .WithCancellation(ct))
        {
            read.Add(n);
        }
        double At(Percentile.Walk walk, int rank) => walk.Interpolate([.. read.Where(n => n.Rank == rank).Select(n => n.Value)]);
        return Assemble(facts, state, At(median, 0), At(p90, 1));
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
