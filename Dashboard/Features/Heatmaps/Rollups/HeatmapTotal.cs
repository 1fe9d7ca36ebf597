using Dashboard.Features.Kpis.Totals;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.Heatmaps.Rollups;

/// <summary>What a <see cref="HeatmapTotal"/> counts.</summary>
public enum HeatmapFact
{
    /// <summary>Incidents per recorded area (AreaId): the area × month heat map.</summary>
    Area = 0,

    /// <summary>Incidents per recorded area and kind (AreaId, Kind): the area × kind heat map.</summary>
    AreaKind = 1,

    /// <summary>Incidents per local hour of the week (HourOfWeek, as <c>Incident.OccurredHourOfWeek</c>): the weekday × hour heat map.</summary>
    HourOfWeek = 2,
}

/// <summary>
/// How many incidents of one agreement occurred in one local month or year (Period counted as <see cref="LocalMonths"/>
/// does), per <see cref="HeatmapFact"/>: a heat map over ten years adds a few hundred of these instead of grouping a
/// hundred thousand incidents. Areas are the recorded ones; heat maps roll them up when they read. Unused key parts are
/// 0 or "". Written only by <see cref="HeatmapTotalWriter"/>, in the transaction that changes the incidents.
/// </summary>
public sealed class HeatmapTotal
{
    public int AgreementId { get; set; }
    public HeatmapFact Fact { get; set; }
    public FigureSpan Span { get; set; }
    public int Period { get; set; }
    public int AreaId { get; set; }
    public string Kind { get; set; } = "";
    public int HourOfWeek { get; set; }
    public long Count { get; set; }
}

/// <summary>How many incidents of one agreement occurred in one recorded area in one local ISO week (its Monday): the area × week heat map.</summary>
public sealed class HeatmapWeekTotal
{
    public int AgreementId { get; set; }
    public DateOnly Week { get; set; }
    public int AreaId { get; set; }
    public long Count { get; set; }
}
