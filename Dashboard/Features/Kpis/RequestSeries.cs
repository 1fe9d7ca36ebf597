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
        var periods = await FigurePeriods.ReadAsync(db, w, ct);
        var dialect = SqlDialect.Of(db.Database);
        var counts = (await db.Database.SqlQueryRaw<MonthFact>(MonthsSql(dialect, w), MonthsParameters(dialect, w, periods)).ToListAsync(ct))
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

    /// <summary>The stored months of each source, and its edges (up to AsOf) counted from the rows by local month.</summary>
    private static string MonthsSql(SqlDialect dialect, FigureWindow w)
    {
        var agreements = FigureFactsSql.InAgreements(w);
        var sources = new[] { (FigureSource.Received, FigureFact.Received), (FigureSource.Answered, FigureFact.Answered) };
        var parts = sources.SelectMany(x =>
        {
            var (s, fact) = (x.Item1, (int)x.Item2);
            var c = s.Column;
            return new[]
            {
                $"""
                SELECT {fact} AS "Fact", "Period", "Count" FROM "FigureTotals" WHERE {agreements} AND "Span" = {(int)FigureSpan.Month}
                    AND "Fact" = {fact} AND "Period" >= @firstMonth{s.Index} AND "Period" < @endMonth{s.Index}
                """,
                $"""
                SELECT {fact}, {dialect.LocalMonth(c)}, COUNT(*) FROM "{s.Table}" WHERE {agreements}
                    AND (("{c}" >= @from AND "{c}" < @storedFrom{s.Index}) OR ("{c}" >= @storedTo{s.Index} AND "{c}" < @to)) AND "{c}" <= @asOf
                    GROUP BY 2
                """,
            };
        });
        return $"SELECT \"Fact\", \"Period\", SUM(\"Count\") AS \"Count\" FROM ({string.Join("\nUNION ALL\n", parts)}) AS \"m\" GROUP BY 1, 2";
    }

    private static object[] MonthsParameters(SqlDialect dialect, FigureWindow w, IReadOnlyDictionary<FigureSource, FigurePeriods> periods) =>
    [
        dialect.Parameter("@from", w.FromUtc),
        dialect.Parameter("@to", w.ToUtc),
        dialect.Parameter("@asOf", w.AsOfUtc),
        .. new[] { FigureSource.Received, FigureSource.Answered }.SelectMany(s => new[]
        {
            dialect.Parameter($"@firstMonth{s.Index}", periods[s].FirstMonth), dialect.Parameter($"@endMonth{s.Index}", periods[s].EndMonth),
            dialect.Parameter($"@storedFrom{s.Index}", periods[s].StoredFromUtc), dialect.Parameter($"@storedTo{s.Index}", periods[s].StoredToUtc),
        }),
    ];
}
