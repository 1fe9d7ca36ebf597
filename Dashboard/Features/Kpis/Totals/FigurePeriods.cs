using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using System.Data.Common;
using Dashboard.Infrastructure.Data.Dialects;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis.Totals;

/// <summary>
/// How one source of a window is read: whole years [FirstYear, EndYear) and whole months [FirstMonth, FirstYear) ∪
/// [EndYear, EndMonth) from <see cref="FigureTotal"/> rows, and the rest — its edges [FromUtc, StoredFromUtc) ∪
/// [StoredToUtc, ToUtc), up to AsOf — from the rows themselves. A month is whole when none of its rows lies outside the
/// window: every month inside it, and the first or last month it touches when the rows tell so (a window up to now has
/// no rows after now). Each source is told apart: requests received later today do not make the incidents' month partial.
/// </summary>
internal sealed record FigurePeriods(int FirstMonth, int FirstYear, int EndYear, int EndMonth, DateTime StoredFromUtc, DateTime StoredToUtc)
{
    /// <summary>Whether any period is read from <see cref="FigureTotal"/> rows.</summary>
    public bool HasStored => StoredFromUtc < StoredToUtc;

    /// <summary>Whether any row lies outside the stored periods (the edges are not empty).</summary>
    public bool HasEdges(FigureWindow w) => w.FromUtc < StoredFromUtc || (StoredToUtc < w.ToUtc && StoredToUtc <= w.AsOfUtc);

    /// <summary>The periods of every source, after one query for the rows outside the window in its first and last months.</summary>
    public static async Task<IReadOnlyDictionary<FigureSource, FigurePeriods>> ReadAsync(DashboardDbContext db, FigureWindow w, CancellationToken ct) =>
        Of(w, await db.Database.SqlQueryRaw<int>(OutsideSql(w), OutsideParameters(SqlDialect.Of(db.Database), w)).SingleAsync(ct));

    /// <param name="outside">What <see cref="OutsideSql"/> found.</param>
    public static IReadOnlyDictionary<FigureSource, FigurePeriods> Of(FigureWindow w, int outside) =>
        FigureSource.All.ToDictionary(s => s, s => Of(w, (outside & Before(s)) != 0, (outside & After(s)) != 0));

    /// <summary>
    /// One row, "Value": per source, whether rows of the first month the window touches lie before it (bit 2i) and rows
    /// of its last month after it (bit 2i + 1). Index seeks only; a range that cannot hold a row is empty.
    /// </summary>
    public static string OutsideSql(FigureWindow w)
    {
        var agreements = FigureFactsSql.InAgreements(w);
        string Any(FigureSource s, string range, int bit) =>
            $"CASE WHEN EXISTS (SELECT 1 FROM \"{s.Table}\" WHERE {agreements} AND \"{s.Column}\" >= @{range}From AND \"{s.Column}\" < @{range}To) THEN {bit} ELSE 0 END";
        return $"SELECT {string.Join(" + ", FigureSource.All.SelectMany(s => new[] { Any(s, "before", Before(s)), Any(s, "after", After(s)) }))} AS \"Value\"";
    }

    public static DbParameter[] OutsideParameters(SqlDialect dialect, FigureWindow w)
    {
        var (first, last) = Touched(w);
        // Rows after the window are those at or after To, or after AsOf: at or after the earlier of To and AsOf + 1 tick.
        var after = w.AsOfUtc < w.ToUtc ? w.AsOfUtc.AddTicks(1) : w.ToUtc;
        return
        [
            dialect.Parameter("@beforeFrom", LocalMonths.StartUtc(first)),
            dialect.Parameter("@beforeTo", w.FromUtc),
            dialect.Parameter("@afterFrom", after),
            dialect.Parameter("@afterTo", LocalMonths.StartUtc(last + 1)),
        ];
    }

    private static int Before(FigureSource s) => 1 << (2 * s.Index);

    private static int After(FigureSource s) => 1 << (2 * s.Index + 1);

    private static FigurePeriods Of(FigureWindow w, bool rowsBefore, bool rowsAfter)
    {
        var (first, last) = Touched(w);
        var from = first + (rowsBefore ? 1 : 0);
        var end = last + (rowsAfter ? 0 : 1);
        if (from >= end)
        {
            return new FigurePeriods(end, end, end, end, w.ToUtc, w.ToUtc);
        }
        var (firstYear, endYear) = ((from + 11) / 12 * 12, LocalMonths.YearOf(end));
        if (firstYear >= endYear)
        {
            (firstYear, endYear) = (end, end);
        }
        return new FigurePeriods(from, firstYear, endYear, end, LocalMonths.StartUtc(from), LocalMonths.StartUtc(end));
    }

    /// <summary>The first and last month the window touches: From's, and that of its last instant (the day before To, or AsOf if earlier).</summary>
    private static (int First, int Last) Touched(FigureWindow w)
    {
        var asOfDay = DateOnly.FromDateTime(w.AsOf.ToOffset(LocalClock.Offset).DateTime);
        var lastDay = w.AsOfUtc < w.ToUtc ? asOfDay : w.To.AddDays(-1);
        return (LocalMonths.Of(w.From), LocalMonths.Of(lastDay));
    }
}
