using System.Globalization;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Heatmaps;

/// <summary>
/// How the rows and columns of a heat map read to a person, the same on the page and in the workbook: areas by name
/// (retired ones say so), weekdays and kinds in the current language, weeks and months as local dates.
/// </summary>
public sealed class HeatmapText(IStringLocalizer l, IReadOnlyList<AreaChoice> areas, DateOnly today)
{
    private readonly Dictionary<string, AreaChoice> _areas = areas.ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);

    public string Row(HeatmapShape shape, string row)
    {
        if (shape == HeatmapShape.WeekdayByHour)
        {
            return l["Weekday_" + row];
        }
        if (!_areas.TryGetValue(row, out var area))
        {
            return row;
        }
        return area.IsRetiredOn(today) ? $"{area.Name} ({l["Heat_Retired"]})" : area.Name;
    }

    /// <summary>The row as its tooltip says it: the area's official code too, and since when it is retired.</summary>
    public string RowTitle(HeatmapShape shape, string row) =>
        shape == HeatmapShape.WeekdayByHour || !_areas.TryGetValue(row, out var area) ? Row(shape, row)
        : area.IsRetiredOn(today) ? $"{area.Name} ({area.Code}) — {l["Inc_Retired", Fmt.Date(area.ValidTo!.Value.AddDays(1))]}"
        : $"{area.Name} ({area.Code})";

    /// <summary>Short, for a column header: "Tuần 09/2024", "03/2024", a kind's name, an hour "7".</summary>
    public string Column(HeatmapShape shape, string column) => shape switch
    {
        HeatmapShape.AreaByWeek => l["Heat_WeekLabel", column[6..], column[..4]],
        HeatmapShape.AreaByMonth => $"{column[5..]}/{column[..4]}",
        HeatmapShape.AreaByKind => l["IncKind_" + column],
        _ => column,
    };

    /// <summary>Long, for a tooltip or a caption: a week with its Monday, an hour as a span of local time.</summary>
    public string ColumnTitle(HeatmapShape shape, string column) => shape switch
    {
        HeatmapShape.AreaByWeek when HeatmapLabels.MondayOfWeekLabel(column) is { } monday =>
            l["Heat_WeekTitle", column[6..], column[..4], Fmt.Date(monday), Fmt.Date(monday.AddDays(6))],
        HeatmapShape.WeekdayByHour => l["Heat_HourTitle", int.Parse(column, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture)],
        _ => Column(shape, column),
    };

    /// <summary>The header above the row labels.</summary>
    public string Corner(HeatmapShape shape) => shape == HeatmapShape.WeekdayByHour ? l["Heat_Weekday"] : l["Inc_Area"];
}
