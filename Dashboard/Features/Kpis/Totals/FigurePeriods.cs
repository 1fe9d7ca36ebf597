using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.Kpis.Totals;

/// <summary>
/// How a window is read: whole years [FirstYear, EndYear) and whole months [FirstMonth, FirstYear) ∪ [EndYear, EndMonth)
/// from <see cref="FigureTotal"/> rows, and the rest — its edges [FromUtc, StoredFromUtc) ∪ [StoredToUtc, ToUtc), up to
/// AsOf — from the rows themselves. A month counts as whole when it lies inside the window and ends by AsOf.
/// </summary>
internal sealed record FigurePeriods(int FirstMonth, int FirstYear, int EndYear, int EndMonth, DateTime StoredFromUtc, DateTime StoredToUtc)
{
    public static FigurePeriods Of(FigureWindow w)
    {
        var first = FigureMonths.Of(w.From) + (w.From.Day == 1 ? 0 : 1);
        var asOfDay = DateOnly.FromDateTime(w.AsOf.ToOffset(LocalClock.Offset).DateTime);
        var end = FigureMonths.Of(w.To < asOfDay ? w.To : asOfDay);
        if (first >= end)
        {
            return new FigurePeriods(end, end, end, end, w.ToUtc, w.ToUtc);
        }
        var (firstYear, endYear) = ((first + 11) / 12 * 12, FigureMonths.YearOf(end));
        if (firstYear >= endYear)
        {
            (firstYear, endYear) = (end, end);
        }
        return new FigurePeriods(first, firstYear, endYear, end, FigureMonths.StartUtc(first), FigureMonths.StartUtc(end));
    }

    /// <summary>Whether any period is read from <see cref="FigureTotal"/> rows.</summary>
    public bool HasStored => StoredFromUtc < StoredToUtc;

    /// <summary>Whether any row lies outside the stored periods (the edges are not empty).</summary>
    public bool HasEdges(FigureWindow w) => w.FromUtc < StoredFromUtc || (StoredToUtc < w.ToUtc && StoredToUtc <= w.AsOfUtc);
}
