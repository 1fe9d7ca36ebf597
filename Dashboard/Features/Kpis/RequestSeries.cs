using Dashboard.Features.Kpis.Totals;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Data.Dialects;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis;

/// <summary>Requests received and answered in one local month of a window (up to AsOf).</summary>
public sealed record MonthCount(int Year, int Month, int Received, int Answered);

/// <summary>Answered requests of a window by turnaround: under 24 h, 24–72 h, 72 h – 7 days, 7 days or more.</summary>
public sealed record TurnaroundBuckets(int UnderADay, int OneToThreeDays, int ThreeToSevenDays, int OverAWeek);

/// <summary>
/// The request series the overview charts beside the figures, from the same records: months from the stored month
/// totals (<see cref="FigureTotal"/>) and the window's edges from the rows, bucketed by the one local-month rule
/// (<see cref="SqlDialect.LocalMonth"/>); turnaround from the TurnaroundMilliseconds column, on its index.
/// </summary>
internal static class RequestSeries
{
    private const long Day = 24 * 3_600_000L;

    public static async Task<List<MonthCount>> MonthsAsync(DashboardDbContext db, FigureWindow w, CancellationToken ct)
    {
        var (periods, dialect) = (FigurePeriods.Of(w), SqlDialect.Of(db.Database));
        var counts = (await db.Database.SqlQueryRaw<MonthFact>(MonthsSql(dialect, w, periods), periods.Parameters(dialect, w)).ToListAsync(ct))
            .ToDictionary(c => (c.Fact, c.Period), c => c.Count);
        int Count(FigureFact fact, int month) => (int)counts.GetValueOrDefault(((int)fact, month));
        var months = new List<MonthCount>();
        for (var m = LocalMonths.Of(w.From); m <= LocalMonths.Of(w.To.AddDays(-1)); m++)
        {
            months.Add(new MonthCount(m / 12, m % 12 + 1, Count(FigureFact.Received, m), Count(FigureFact.Answered, m)));
        }
        return months;
    }

    /// <summary>
    /// Four counts, each one range of the turnaround index. Nothing else may be said of the column: SQLite then reads
    /// the range by one bound and computes the other per row, from the table (35 ms instead of 1.5 for 13,000 answers).
    /// </summary>
    public static async Task<TurnaroundBuckets> TurnaroundAsync(DashboardDbContext db, FigureWindow w, CancellationToken ct)
    {
        var answered = w.AnsweredForTurnaround(db.Requests);
        return new TurnaroundBuckets(
            await answered.CountAsync(r => r.TurnaroundMilliseconds < Day, ct),
            await answered.CountAsync(r => r.TurnaroundMilliseconds >= Day && r.TurnaroundMilliseconds < 3 * Day, ct),
            await answered.CountAsync(r => r.TurnaroundMilliseconds >= 3 * Day && r.TurnaroundMilliseconds < 7 * Day, ct),
            await answered.CountAsync(r => r.TurnaroundMilliseconds >= 7 * Day, ct));
    }

    /// <summary>A count per fact (Received, Answered) and local month.</summary>
    private sealed record MonthFact(int Fact, int Period, long Count);

    /// <summary>
    /// The stored months, the window's rows outside them counted by local month, and the stored months' rows outside the
    /// window taken away by local month (<see cref="FigurePeriods"/>).
    /// </summary>
    private static string MonthsSql(SqlDialect dialect, FigureWindow w, FigurePeriods periods)
    {
        var agreements = FigureFactsSql.InAgreements(w);
        var sources = new[] { (FigureSource.Received, FigureFact.Received), (FigureSource.Answered, FigureFact.Answered) };
        var parts = sources.SelectMany(x =>
        {
            var (s, fact) = (x.Item1, (int)x.Item2);
            string Rows(string count, string where) =>
                $"SELECT {fact}, {dialect.LocalMonth(s.Column)}, {count} FROM \"{s.Table}\" WHERE {agreements} AND {where} GROUP BY 2";
            var stored = $"""
                SELECT {fact} AS "Fact", "Period", "Count" FROM "FigureTotals" WHERE {agreements} AND "Span" = {(int)FigureSpan.Month}
                    AND "Fact" = {fact} AND "Period" >= @firstMonth AND "Period" < @endMonth
                """;
            return new[]
            {
                stored,
                periods.HasInside(w) ? Rows("COUNT(*)", FigurePeriods.Inside(s.Column)) : null,
                periods.HasOutside(w) ? Rows("-COUNT(*)", FigurePeriods.Outside(w, s.Column)) : null,
            }.OfType<string>();
        });
        return $"SELECT \"Fact\", \"Period\", SUM(\"Count\") AS \"Count\" FROM ({string.Join("\nUNION ALL\n", parts)}) AS \"m\" GROUP BY 1, 2";
    }
}
