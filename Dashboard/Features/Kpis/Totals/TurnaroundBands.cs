using System.Globalization;

namespace Dashboard.Features.Kpis.Totals;

/// <summary>
/// Bands of turnaround the totals count answers in (<see cref="FigureFact.AnsweredByTurnaround"/>), so that a percentile
/// knows from the window's facts which band its rank falls in and walks the turnaround index from that band's lower
/// bound: a few hundred entries instead of half the agreement's answers (measured on the national seed, PostgreSQL: the
/// median's walk 2.6 ms → 0.1 ms). Narrower where answers are dense (a day to a week), whole days and weeks among the bounds.
/// </summary>
internal static class TurnaroundBands
{
    private const long Hour = 3_600_000L;

    /// <summary>The lower bound of each band after the first, in hours; the first band holds everything below one hour.</summary>
    private static readonly int[] LowerHours =
    [
        1, 2, 3, 4, 6, 8, 10, 12, 15, 18, 21, 24, 28, 32, 36, 40, 44, 48, 54, 60, 66, 72, 80, 88, 96, 108, 120, 132, 144,
        156, 168, 192, 216, 240, 288, 336, 432, 528, 720,
    ];

    /// <summary>How many bands there are; their keys are 1 … Count (0 is the figures' "none").</summary>
    public static int Count => LowerHours.Length + 1;

    /// <summary>The key of the band a turnaround column's value lies in, as SQL.</summary>
    public static string KeySql(string column) =>
        $"CASE {string.Join(" ", LowerHours.Select((h, i) => $"WHEN \"{column}\" < {Ms(h)} THEN {i + 1}"))} ELSE {Count} END";

    /// <summary>The least turnaround (ms) of the band with this key.</summary>
    public static long Lower(int key) => key <= 1 ? long.MinValue : LowerHours[key - 2] * Hour;

    private static string Ms(int hours) => (hours * Hour).ToString(CultureInfo.InvariantCulture);
}
