using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis.Totals;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis;

/// <summary>The incident figures of SPEC §3: the occurred set's counts and sums from the window's facts, the open state in one count.</summary>
internal static class IncidentFiguresQuery
{
    /// <summary>
    /// State at AsOf: occurred, and neither resolved nor closed yet. Three disjoint seeks on the (AgreementId, ResolvedAt,
    /// ClosedAt, OccurredAt) index joined by UNION ALL, so the database reads only the open ones, never the closed history
    /// (as one OR, PostgreSQL's planner scans every closed incident of the agreements).
    /// </summary>
    private static readonly PerModel<Func<DashboardDbContext, int[], DateTime, Task<int>>> OpenAt = new(() => EF.CompileAsyncQuery(
        (DashboardDbContext db, int[] agreements, DateTime asOf) => db.Set<Incident>()
            .Where(i => agreements.Contains(i.AgreementId) && i.OccurredAt <= asOf && i.ResolvedAt == null && i.ClosedAt == null).Select(i => i.Id)
            .Concat(db.Set<Incident>().Where(i => agreements.Contains(i.AgreementId) && i.OccurredAt <= asOf && i.ResolvedAt == null && i.ClosedAt > asOf).Select(i => i.Id))
            .Concat(db.Set<Incident>().Where(i => agreements.Contains(i.AgreementId) && i.OccurredAt <= asOf && i.ResolvedAt > asOf
                && (i.ClosedAt == null || i.ClosedAt > asOf)).Select(i => i.Id))
            .Count()));

    public static async Task<IncidentFigures> ComputeAsync(DashboardDbContext db, FigureWindow w, FigureFacts facts) =>
        Assemble(facts, await OpenAt.For(db)(db, [.. w.AgreementIds], w.AsOfUtc));

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
