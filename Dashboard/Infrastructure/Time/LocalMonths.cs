namespace Dashboard.Infrastructure.Time;

/// <summary>Local months as numbers (year × 12 + month − 1), in C# and in SQL alike (SqlDialect.LocalMonth), so that a range of them is a range of integers.</summary>
internal static class LocalMonths
{
    public static int Of(DateOnly localDay) => localDay.Year * 12 + localDay.Month - 1;

    public static int OfUtc(DateTime utc) => Of(LocalClock.LocalDay(utc));

    public static DateTime StartUtc(int month) => LocalClock.StartOfDayUtc(new DateOnly(month / 12, month % 12 + 1, 1));

    /// <summary>The first month of the year that <paramref name="month"/> is in.</summary>
    public static int YearOf(int month) => month / 12 * 12;
}
