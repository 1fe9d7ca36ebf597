namespace Dashboard.Features.Kpis;

/// <summary>
/// Durations are taken by the database in whole milliseconds (SqlDialect.MillisecondsBetween), so sorting and sums are exact.
/// </summary>
internal static class Durations
{
    public const double MillisecondsPerDay = 86_400_000;
    public const double MillisecondsPerHour = 3_600_000;

    public static double? Hours(double? milliseconds) => milliseconds / MillisecondsPerHour;
}
