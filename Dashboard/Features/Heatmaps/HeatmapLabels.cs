using System.Globalization;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.Heatmaps;

/// <summary>Row and column labels (SPEC §5.2) and how they map to the bucket keys SQLite computes.</summary>
internal static class HeatmapLabels
{
    /// <summary>Mon…Sun; SQLite's strftime('%w') numbers Sunday 0.</summary>
    public static readonly IReadOnlyList<string> Weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public static readonly IReadOnlyList<string> Hours = [.. Enumerable.Range(0, 24).Select(h => h.ToString(CultureInfo.InvariantCulture))];

    public static readonly IReadOnlyList<string> Kinds = [.. Enum.GetValues<IncidentKind>().Select(k => k.ToString())];

    /// <summary>strftime('%w') → Mon…Sun label.</summary>
    /// <summary>A weekday numbered as SQLite's %w (0 = Sunday) → its row label (rows start on Monday).</summary>
    public static string WeekdayOf(int sqliteWeekday) => Weekdays[(sqliteWeekday + 6) % 7];

    public static int SqliteWeekdayOf(string label) => (IndexOf(Weekdays, label) + 1) % 7;

    public static string HourOf(int hour) => hour.ToString(CultureInfo.InvariantCulture);

    public static int SqliteHourOf(string label) => IndexOf(Hours, label);

    /// <summary>Every ISO week the window overlaps, as its Monday (the key SQLite computes, yyyy-MM-dd).</summary>
    public static IReadOnlyList<DateOnly> Mondays(FigureWindow w)
    {
        var mondays = new List<DateOnly>();
        for (var monday = LocalClock.MondayOf(w.From); monday < w.To; monday = monday.AddDays(7))
        {
            mondays.Add(monday);
        }
        return mondays;
    }

    public static string WeekLabel(DateOnly monday)
    {
        var date = monday.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(date):D4}-W{ISOWeek.GetWeekOfYear(date):D2}";
    }

    /// <summary>"2024-W09" → its Monday; null when it is no ISO week.</summary>
    public static DateOnly? MondayOfWeekLabel(string label)
    {
        if (label.Length != 8 || label[4..6] != "-W"
            || !int.TryParse(label[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(label[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            || year < 1 || week < 1 || week > ISOWeek.GetWeeksInYear(Math.Clamp(year, 1, 9998)))
        {
            return null;
        }
        return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
    }

    /// <summary>Every month the window overlaps, yyyy-MM (also the key SQLite computes).</summary>
    public static IReadOnlyList<string> Months(FigureWindow w)
    {
        var months = new List<string>();
        for (var first = new DateOnly(w.From.Year, w.From.Month, 1); first < w.To; first = first.AddMonths(1))
        {
            months.Add(first.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }
        return months;
    }

    /// <summary>A month counted as <see cref="LocalMonths"/> does → yyyy-MM.</summary>
    public static string MonthLabel(int month) => string.Create(CultureInfo.InvariantCulture, $"{month / 12:D4}-{month % 12 + 1:D2}");

    /// <summary>yyyy-MM (a label of <see cref="Months"/>) → the month counted as <see cref="LocalMonths"/> does.</summary>
    public static int MonthOfLabel(string label) =>
        int.Parse(label[..4], CultureInfo.InvariantCulture) * 12 + int.Parse(label[5..], CultureInfo.InvariantCulture) - 1;

    /// <summary>Position of a label; <see cref="FigureQueryException"/> when the heat map has no such row or column.</summary>
    public static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (string.Equals(labels[i], label, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        throw new FigureQueryException(FigureMessages.Format("UnknownCell", label));
    }
}
