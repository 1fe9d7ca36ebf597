namespace Dashboard.Features.Kpis;

/// <summary>
/// Durations are taken by SQLite as julianday differences times <see cref="MillisecondsPerDay"/>, rounded to whole
/// milliseconds (julianday keeps milliseconds), so sorting and sums are exact.
/// </summary>
internal static class Durations
{
    public const double MillisecondsPerDay = 86_400_000;
    public const double MillisecondsPerHour = 3_600_000;

    /// <summary><paramref name="end"/> − <paramref name="start"/> (two columns) in whole milliseconds; NULL when either is NULL.</summary>
    public static string MillisecondsSql(string start, string end) =>
        $"CAST(round((julianday(\"{end}\") - julianday(\"{start}\")) * 86400000.0) AS INTEGER)";

    public static double? Hours(double? milliseconds) => milliseconds / MillisecondsPerHour;
}
