using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis.Totals;

namespace Dashboard.Features.Kpis;

/// <summary>The incident figures of SPEC §3: the occurred set's counts and sums from the window's facts, the open ones from <see cref="OpenState"/>.</summary>
internal static class IncidentFiguresQuery
{
    /// <param name="facts">As <see cref="FigureFacts.ReadAsync"/> reads them: the areas' facts carry their codes.</param>
    public static IncidentFigures Assemble(FigureFacts facts, int open)
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
                .Select(r => (Code: r.KeyName, Count: (int)r.Count))
                .OrderBy(x => x.Code, StringComparer.Ordinal)
                .ToDictionary(x => x.Code, x => x.Count));
    }
}
