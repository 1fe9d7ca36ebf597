using Dashboard.Features.Incidents;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis;

/// <summary>The state at AsOf: the open requests per assignee (0: none) and the open incidents.</summary>
internal sealed record OpenState(IReadOnlyDictionary<int, RequestState> Requests, int Incidents)
{
    /// <summary>A group of open requests (Key: the assignee, 0 for none) or, keyed <see cref="IncidentsKey"/>, the open incidents.</summary>
    private sealed record Row(int Key, int Open, int Overdue, int DueWithin24h);

    private const int IncidentsKey = -1;

    /// <summary>
    /// Both in one query, one round trip. The requests: <see cref="FigureSets.OpenRequests"/> in one GROUP BY; grouping on
    /// COALESCE(…, 0) also keeps SQLite from walking the whole AssignedToId index for its order instead of seeking the few
    /// open requests. The incidents (occurred, neither resolved nor closed yet): three disjoint seeks on the (AgreementId,
    /// ResolvedAt, ClosedAt, OccurredAt) index joined by UNION ALL, so the database reads only the open ones, never the
    /// closed history (as one OR, PostgreSQL's planner scans every closed incident of the agreements).
    /// </summary>
    private static readonly PerModel<Func<DashboardDbContext, int[], DateTime, DateTime, IAsyncEnumerable<Row>>> Query = new(() => EF.CompileAsyncQuery(
        (DashboardDbContext db, int[] agreements, DateTime asOf, DateTime dayLater) => db.Set<InformationRequest>()
            .Where(r => agreements.Contains(r.AgreementId) && r.ReceivedAt <= asOf && (r.ClosedAt == null || r.ClosedAt > asOf))
            .GroupBy(r => r.AssignedToId ?? 0)
            .Select(g => new { g.Key, Open = g.Count(), Overdue = g.Count(r => r.DueAt < asOf), DueWithin24h = g.Count(r => r.DueAt >= asOf && r.DueAt < dayLater) })
            .Concat(db.Set<Incident>()
                .Where(i => agreements.Contains(i.AgreementId) && i.OccurredAt <= asOf && i.ResolvedAt == null && i.ClosedAt == null).Select(i => i.Id)
                .Concat(db.Set<Incident>()
                    .Where(i => agreements.Contains(i.AgreementId) && i.OccurredAt <= asOf && i.ResolvedAt == null && i.ClosedAt > asOf).Select(i => i.Id))
                .Concat(db.Set<Incident>().Where(i => agreements.Contains(i.AgreementId) && i.OccurredAt <= asOf && i.ResolvedAt > asOf
                    && (i.ClosedAt == null || i.ClosedAt > asOf)).Select(i => i.Id))
                .GroupBy(_ => IncidentsKey)
                .Select(g => new { g.Key, Open = g.Count(), Overdue = 0, DueWithin24h = 0 }))
            .Select(x => new Row(x.Key, x.Open, x.Overdue, x.DueWithin24h))));

    public static async Task<OpenState> ReadAsync(DashboardDbContext db, FigureWindow w, CancellationToken ct)
    {
        var (requests, incidents) = (new Dictionary<int, RequestState>(), 0);
        await foreach (var x in Query.For(db)(db, [.. w.AgreementIds], w.AsOfUtc, w.AsOfUtc.AddHours(24)).WithCancellation(ct))
        {
            if (x.Key == IncidentsKey)
            {
                incidents = x.Open;
            }
            else
            {
                requests[x.Key] = new RequestState(x.Open, x.Overdue, x.DueWithin24h);
            }
        }
        return new OpenState(requests, incidents);
    }
}
