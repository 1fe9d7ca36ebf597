using Dashboard.Features.Kpis;
using Dashboard.Features.Heatmaps;
using Figures = Dashboard.Features.Kpis.Kpis;

namespace Dashboard.Features.Overview;

/// <summary>Everything the overview shows for one selection. DueRequests is null for users who may not see subjects.</summary>
public sealed record OverviewData(
    Figures Current,
    Figures Previous,
    IReadOnlyList<MonthCount> Months,
    TurnaroundBuckets Turnaround,
    Heatmap WeekdayByHour,
    IReadOnlyList<DueRequest>? DueRequests,
    DateTimeOffset ComputedAt,
    bool PreviousComparable);
