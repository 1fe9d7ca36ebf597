using Dashboard.Infrastructure.Time;
using System.Data.Common;
using Dashboard.Infrastructure.Data.Dialects;

namespace Dashboard.Features.Kpis.Totals;

/// <summary>
/// How a window is read: whole years [FirstYear, EndYear) and whole months [FirstMonth, FirstYear) ∪ [EndYear, EndMonth)
/// from <see cref="FigureTotal"/> rows, from StoredFromUtc to StoredToUtc; then, from the rows themselves, the window's
/// rows outside those periods are added (<see cref="Inside"/>) and the stored periods' rows outside the window are taken
/// away (<see cref="Outside"/>). Each month the window only partly covers is read whichever way has the shorter range
/// of time to read rows from, decided from the dates alone (no query): a window up to now takes its current month from
/// the stored total, less the rows after now (none; an earlier rule asked the database whether a month had rows
/// outside the window, one round trip more on every read).
/// </summary>
internal sealed record FigurePeriods(int FirstMonth, int FirstYear, int EndYear, int EndMonth, DateTime StoredFromUtc, DateTime StoredToUtc)
{
    /// <summary>Whether any period is read from <see cref="FigureTotal"/> rows.</summary>
    public bool HasStored => StoredFromUtc < StoredToUtc;

    /// <summary>Whether rows of the window lie outside the stored periods (to add).</summary>
    public bool HasInside(FigureWindow w) => w.FromUtc < StoredFromUtc || (StoredToUtc < w.ToUtc && StoredToUtc <= w.AsOfUtc);

    /// <summary>Whether rows of the stored periods may lie outside the window (to take away).</summary>
    public bool HasOutside(FigureWindow w) => HasStored && (StoredFromUtc < w.FromUtc || StoredToUtc > Min(w.ToUtc, w.AsOfUtc));

    /// <summary>The window's rows outside the stored periods, as a condition on their time column.</summary>
    public static string Inside(string column) =>
        $"((\"{column}\" >= @from AND \"{column}\" < @storedFrom) OR (\"{column}\" >= @storedTo AND \"{column}\" < @to)) AND \"{column}\" <= @asOf";

    /// <summary>The stored periods' rows outside the window (before From, at or after To, after AsOf), as a condition.</summary>
    public static string Outside(FigureWindow w, string column) =>
        $"((\"{column}\" >= @storedFrom AND \"{column}\" < @from) OR (\"{column}\" {(w.AsOfUtc < w.ToUtc ? "> @asOf" : ">= @to")} AND \"{column}\" < @storedTo))";

    /// <summary>The window's times and the periods, as the parameters <see cref="Inside"/>, <see cref="Outside"/> and the stored reads name.</summary>
    public DbParameter[] Parameters(SqlDialect dialect, FigureWindow w) =>
    [
        dialect.Parameter("@from", w.FromUtc),
        dialect.Parameter("@to", w.ToUtc),
        dialect.Parameter("@asOf", w.AsOfUtc),
        dialect.Parameter("@storedFrom", StoredFromUtc),
        dialect.Parameter("@storedTo", StoredToUtc),
        dialect.Parameter("@firstYear", FirstYear),
        dialect.Parameter("@endYear", EndYear),
        dialect.Parameter("@firstMonth", FirstMonth),
        dialect.Parameter("@endMonth", EndMonth),
    ];

    /// <summary>
    /// The periods of a window. A month it partly covers is stored (and its rows outside the window taken away) when
    /// the time outside the window in that month, up to AsOf, is no longer than the time inside; otherwise its rows
    /// inside are added.
    /// </summary>
    public static FigurePeriods Of(FigureWindow w)
    {
        var (first, last) = Touched(w);
        var end = Min(w.ToUtc, w.AsOfUtc);
        var (firstStart, firstEnd) = (LocalMonths.StartUtc(first), LocalMonths.StartUtc(first + 1));
        var (lastStart, lastEnd) = (LocalMonths.StartUtc(last), LocalMonths.StartUtc(last + 1));
        // After AsOf there are no rows yet when AsOf is now (as by default): that time costs nothing to read.
        var after = (lastEnd < w.AsOfUtc ? lastEnd : w.AsOfUtc) - end;
        after = after > TimeSpan.Zero ? after : TimeSpan.Zero;
        if (first >= last)
        {
            var whole = (w.FromUtc - firstStart) + after <= end - w.FromUtc;
            return Of(w, first, last, !whole, !whole);
        }
        return Of(w, first, last, w.FromUtc - firstStart > firstEnd - w.FromUtc, after > end - lastStart);
    }

    private static FigurePeriods Of(FigureWindow w, int first, int last, bool addFirst, bool addLast)
    {
        var from = first + (addFirst ? 1 : 0);
        var end = last + (addLast ? 0 : 1);
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

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
