using Dashboard.Infrastructure.Web;
using Microsoft.AspNetCore.Components;
using ScorecardSection = Dashboard.Features.Overview.Scorecard;

namespace Dashboard.Features.Overview;

/// <summary>
/// The overview's read-only sections (cards, scorecard, turnaround, incidents, weekday × hour, due requests) as markup
/// rendered once per shared <see cref="OverviewData"/> and language (<see cref="StaticSections"/>): fifty open overviews
/// hold one copy instead of fifty render trees. The monthly chart stays a component: it answers the pointer.
/// </summary>
public sealed record OverviewSections(MarkupString Cards, MarkupString Scorecard, MarkupString Turnaround, MarkupString Incidents,
    MarkupString WeekHour, MarkupString? Due)
{
    public static async Task<OverviewSections> RenderAsync(StaticSections sections, OverviewData data)
    {
        Task<MarkupString> Render<T>(string name, object value) where T : IComponent =>
            sections.RenderAsync<T>(data, "", new Dictionary<string, object?> { [name] = value });
        return new OverviewSections(
            await Render<KpiCards>(nameof(KpiCards.Data), data),
            await Render<ScorecardSection>(nameof(ScorecardSection.Data), data),
            await Render<TurnaroundChart>(nameof(TurnaroundChart.Buckets), data.Turnaround),
            await Render<IncidentCharts>(nameof(IncidentCharts.Figures), data.Current.Incidents),
            await Render<WeekHourSection>(nameof(WeekHourSection.Map), data.WeekdayByHour),
            data.DueRequests is { } due ? await Render<DueRequestsPanel>(nameof(DueRequestsPanel.Requests), due) : null);
    }
}
