using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis.Totals;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis;

/// <summary>The incident figures of SPEC §3: the occurred set's counts and sums from the window's facts, the open state in one count.</summary>
internal static class IncidentFiguresQuery
{
    public static async Task<IncidentFigures> ComputeAsync(DashboardDbContext db, FigureWindow w, FigureFacts facts, CancellationToken ct)
    {
        var areaIds = AreaIds(facts);
        var areaCodes = await db.Areas.Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Code, ct);
        var open = await w.OpenIncidents(db.Incidents).CountAsync(ct);
        return Assemble(facts, areaCodes, open);
    }

    /// <summary>The areas the window's incidents occurred in.</summary>
    public static List<int> AreaIds(FigureFacts facts) => [.. facts.ById(FigureFact.OccurredByArea).Where(r => r.Count != 0).Select(r => r.KeyId)];

    public static IncidentFigures Assemble(FigureFacts facts, IReadOnlyDictionary<int, string> areaCodes, int open)
    {
        var totals = facts.Total(FigureFact.Occurred);
        var (occurred, resolved) = ((int)totals.Count, (int)totals.Resolved);
        return new IncidentFigures(
            Occurred: occurred,
            Resolved: resolved,
            ResolutionRate: occurred == 0 ? null : (double)resolved / occurred,
            MeanHoursToResolve: resolved == 0 ? null : Durations.Hours((double)totals.ResolveMilliseconds / resolved),
            Open: open,
            OutageMinutes: totals.OutageMinutes,
            SubscribersAffected: totals.SubscribersAffected,
            DamageVnd: totals.DamageVnd,
            ByKind: NonZero.InEnumOrder(facts.ByName<IncidentKind, int>(FigureFact.OccurredByKind, r => (int)r.Count)),
            BySeverity: NonZero.InEnumOrder(facts.ByName<IncidentSeverity, int>(FigureFact.OccurredBySeverity, r => (int)r.Count)),
            ByArea: facts.ById(FigureFact.OccurredByArea)
                .Where(r => r.Count != 0)
                .Select(r => (Code: areaCodes[r.KeyId], Count: (int)r.Count))
                .OrderBy(x => x.Code, StringComparer.Ordinal)
                .ToDictionary(x => x.Code, x => x.Count));
    }
}
