using Dashboard.Features.Incidents;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis;

/// <summary>The incident figures of SPEC §3: totals in one aggregate, then one GROUP BY per breakdown (served by the occurred-at index).</summary>
internal static class IncidentFiguresQuery
{
    public static async Task<IncidentFigures> ComputeAsync(DashboardDbContext db, FigureWindow w, CancellationToken ct)
    {
        var asOf = w.AsOfUtc;
        var occurred = w.OccurredIncidents(db.Incidents);
        var totals = await occurred
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Occurred = g.Count(),
                Resolved = g.Count(i => i.ResolvedAt <= asOf),
                ResolveMilliseconds = g.Sum(i => i.ResolvedAt <= asOf
                    ? (long)Math.Round((SqliteFunctions.JulianDay(i.ResolvedAt!.Value) - SqliteFunctions.JulianDay(i.OccurredAt)) * Durations.MillisecondsPerDay)
                    : 0L),
                OutageMinutes = g.Sum(i => (long)i.OutageMinutes),
                SubscribersAffected = g.Sum(i => (long)i.SubscribersAffected),
                DamageVnd = g.Sum(i => i.DamageVnd),
            })
            .SingleOrDefaultAsync(ct);
        var byKind = await occurred.GroupBy(i => i.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var bySeverity = await occurred.GroupBy(i => i.Severity).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var byAreaId = await occurred.GroupBy(i => i.AreaId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var areaIds = byAreaId.Keys.ToList();
        var areaCodes = await db.Areas.Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Code, ct);
        var open = await w.OpenIncidents(db.Incidents).CountAsync(ct);

        var occurredCount = totals?.Occurred ?? 0;
        var resolved = totals?.Resolved ?? 0;
        return new IncidentFigures(
            Occurred: occurredCount,
            Resolved: resolved,
            ResolutionRate: occurredCount == 0 ? null : (double)resolved / occurredCount,
            MeanHoursToResolve: resolved == 0 ? null : Durations.Hours((double)totals!.ResolveMilliseconds / resolved),
            Open: open,
            OutageMinutes: totals?.OutageMinutes ?? 0,
            SubscribersAffected: totals?.SubscribersAffected ?? 0,
            DamageVnd: totals?.DamageVnd ?? 0,
            ByKind: NonZero.InEnumOrder(byKind),
            BySeverity: NonZero.InEnumOrder(bySeverity),
            ByArea: byAreaId
                .Select(x => (Code: areaCodes[x.Key], x.Value))
                .OrderBy(x => x.Code, StringComparer.Ordinal)
                .ToDictionary(x => x.Code, x => x.Value));
    }
}
