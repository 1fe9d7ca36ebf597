using Dashboard.Features.Areas;
using Dashboard.Features.Incidents;

namespace Dashboard.Features.Heatmaps;

/// <summary>An incident with its area rolled up to the level a heat map or the watchlist is drawn at.</summary>
internal sealed class RolledIncident
{
    public int Id { get; init; }
    public int AreaId { get; init; }
    public DateTime OccurredAt { get; init; }
    public DateOnly OccurredWeek { get; init; }
    public int OccurredMonth { get; init; }
    public int OccurredHourOfWeek { get; init; }
    public IncidentKind Kind { get; init; }
    public int OutageMinutes { get; init; }
    public int SubscribersAffected { get; init; }
    public long DamageVnd { get; init; }
}

/// <summary>An area and the area it counts for at the level a heat map is drawn at.</summary>
internal sealed class RolledArea
{
    public int Id { get; init; }
    public int RolledId { get; init; }
}

/// <summary>
/// Areas roll up in SQL: each incident is keyed by its own area's ancestor at the chosen level, and the database groups
/// on that key. Summing grid rows on the page instead would need the whole tree in memory and would lose the drill-down,
/// which filters on the very same key, so a cell and its incident list cannot disagree. The tree is at most
/// province → district → commune, so two parent hops reach any ancestor. An area already above the level (an incident
/// recorded against the province itself) stays its own row; null = no roll-up, as recorded.
/// </summary>
internal static class AreaRollup
{
    public static IQueryable<RolledIncident> RollUp(this IQueryable<Incident> incidents, AreaLevel? level) => level switch
    {
        AreaLevel.Province => incidents.Select(i => new RolledIncident
        {
            Id = i.Id,
            AreaId = i.Area!.Level == AreaLevel.Province || i.Area.ParentId == null ? i.AreaId
                : i.Area.Parent!.Level == AreaLevel.Province || i.Area.Parent.ParentId == null ? i.Area.ParentId.Value
                : i.Area.Parent.ParentId.Value,
            OccurredAt = i.OccurredAt, OccurredWeek = i.OccurredWeek, OccurredMonth = i.OccurredMonth, OccurredHourOfWeek = i.OccurredHourOfWeek, Kind = i.Kind,
            OutageMinutes = i.OutageMinutes, SubscribersAffected = i.SubscribersAffected, DamageVnd = i.DamageVnd,
        }),
        AreaLevel.District => incidents.Select(i => new RolledIncident
        {
            Id = i.Id,
            AreaId = i.Area!.Level == AreaLevel.Commune && i.Area.ParentId != null ? i.Area.ParentId.Value : i.AreaId,
            OccurredAt = i.OccurredAt, OccurredWeek = i.OccurredWeek, OccurredMonth = i.OccurredMonth, OccurredHourOfWeek = i.OccurredHourOfWeek, Kind = i.Kind,
            OutageMinutes = i.OutageMinutes, SubscribersAffected = i.SubscribersAffected, DamageVnd = i.DamageVnd,
        }),
        _ => incidents.Select(i => new RolledIncident
        {
            Id = i.Id, AreaId = i.AreaId, OccurredAt = i.OccurredAt, OccurredWeek = i.OccurredWeek, OccurredMonth = i.OccurredMonth, OccurredHourOfWeek = i.OccurredHourOfWeek, Kind = i.Kind,
            OutageMinutes = i.OutageMinutes, SubscribersAffected = i.SubscribersAffected, DamageVnd = i.DamageVnd,
        }),
    };

    /// <summary>
    /// Every area with the key <see cref="RollUp"/> gives an incident recorded against it: heat maps, whose roll-ups are
    /// kept per recorded area, map those areas through this to be drawn at a level. The two must choose alike (the
    /// heat-map tests check every cell at every level against the incidents, and each cell's drill-down).
    /// </summary>
    public static IQueryable<RolledArea> RollUp(this IQueryable<Area> areas, AreaLevel? level) => level switch
    {
        AreaLevel.Province => areas.Select(a => new RolledArea
        {
            Id = a.Id,
            RolledId = a.Level == AreaLevel.Province || a.ParentId == null ? a.Id
                : a.Parent!.Level == AreaLevel.Province || a.Parent.ParentId == null ? a.ParentId.Value
                : a.Parent.ParentId.Value,
        }),
        AreaLevel.District => areas.Select(a => new RolledArea
        {
            Id = a.Id,
            RolledId = a.Level == AreaLevel.Commune && a.ParentId != null ? a.ParentId.Value : a.Id,
        }),
        _ => areas.Select(a => new RolledArea { Id = a.Id, RolledId = a.Id }),
    };
}
