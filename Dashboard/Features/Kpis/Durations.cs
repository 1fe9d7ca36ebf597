namespace Dashboard.Features.Kpis;

/// <summary>Durations are taken in SQL as julianday differences times <see cref="MillisecondsPerDay"/>, rounded to whole milliseconds.</summary>
internal static class Durations
{
    public const double MillisecondsPerDay = 86_400_000;
    public const double MillisecondsPerHour = 3_600_000;

    public static double? Hours(double? milliseconds) => milliseconds / MillisecondsPerHour;
}
