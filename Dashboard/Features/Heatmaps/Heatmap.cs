using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis;

namespace Dashboard.Features.Heatmaps;

/// <summary>The heat maps of SPEC §3 over the incidents that occurred in the window (local time).</summary>
public enum HeatmapShape { AreaByWeek, AreaByMonth, WeekdayByHour, AreaByKind }

/// <summary>
/// Counts of incidents: Cells[r][c] belongs to Rows[r] × Columns[c]. Area rows are the codes of areas with an incident
/// in the window, by code; weeks (YYYY-Www, ISO 8601) and months (YYYY-MM) are every one the window overlaps, zero-filled;
/// weekdays run Mon…Sun, hours 0…23, kinds follow <see cref="IncidentKind"/>.
/// </summary>
public sealed record Heatmap(
    FigureWindow Window,
    HeatmapShape Shape,
    IReadOnlyList<string> Rows,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<int>> Cells);

/// <summary>An incident behind a heat-map cell; OccurredAt is local (+07:00).</summary>
public sealed record HeatmapIncident(
    int Id,
    string Code,
    DateTimeOffset OccurredAt,
    string AreaCode,
    IncidentKind Kind,
    IncidentSeverity Severity,
    IncidentStatus Status);
