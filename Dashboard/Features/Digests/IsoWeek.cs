using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Dashboard.Features.Digests;

/// <summary>An ISO 8601 week ("2026-W48"), Monday 00:00 to the next Monday 00:00, local time.</summary>
public readonly record struct IsoWeek(int Year, int Number)
{
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Number, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    /// <summary>The day after the week (exclusive end).</summary>
    public DateOnly End => Monday.AddDays(7);

    public IsoWeek Previous => Of(Monday.AddDays(-7));

    public static IsoWeek Of(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(date), ISOWeek.GetWeekOfYear(date));
    }

    /// <summary>The last week that has ended by <paramref name="today"/> (on a Monday: the week before).</summary>
    public static IsoWeek LastCompleted(DateOnly today) => Of(today).Previous;

    public static bool TryParse(string? text, [NotNullWhen(true)] out IsoWeek? week)
    {
        week = null;
        var t = text?.Trim() ?? "";
        if (t.Length != 8 || !t[4..6].Equals("-W", StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(t[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < 1900 or > 9998 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }
        week = new IsoWeek(year, number);
        return true;
    }

    public override string ToString() => $"{Year:D4}-W{Number:D2}";
}
