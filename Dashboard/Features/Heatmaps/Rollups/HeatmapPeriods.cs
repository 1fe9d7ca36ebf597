using Dashboard.Features.Kpis;
using Dashboard.Features.Kpis.Totals;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.Heatmaps.Rollups;

/// <summary>
/// How a heat map reads a window: the local months [FirstMonth, EndMonth) (whole years [FirstYear, EndYear) among them)
/// and the ISO weeks [FirstWeek, EndWeek) that lie wholly inside it, up to AsOf, come from the roll-ups; the incidents
/// outside them — the window's partial edges, at most a month or a week at either end — come from the rows.
/// An empty range starts where it ends, so "outside" is then the whole window.
/// </summary>
internal sealed record HeatmapPeriods(int FirstMonth, int FirstYear, int EndYear, int EndMonth, DateOnly FirstWeek, DateOnly EndWeek)
{
    public DateTime MonthsFromUtc => LocalMonths.StartUtc(FirstMonth);

    public DateTime MonthsToUtc => LocalMonths.StartUtc(EndMonth);

    public DateTime WeeksFromUtc => LocalClock.StartOfDayUtc(FirstWeek);

    public DateTime WeeksToUtc => LocalClock.StartOfDayUtc(EndWeek);

    public static HeatmapPeriods Of(FigureWindow w)
    {
        // A period is whole when it starts at or after From and ends at or before To and before AsOf: every period that
        // ends by the start of the one To, or AsOf, is in.
        var asOfDay = LocalClock.LocalDay(w.AsOfUtc);
        var firstMonth = LocalMonths.Of(w.From) + (w.From.Day == 1 ? 0 : 1);
        var endMonth = Math.Max(firstMonth, Math.Min(LocalMonths.Of(w.To), LocalMonths.Of(asOfDay)));
        var (firstYear, endYear) = ((firstMonth + 11) / 12 * 12, LocalMonths.YearOf(endMonth));
        if (firstYear >= endYear)
        {
            (firstYear, endYear) = (endMonth, endMonth);
        }
        var firstWeek = LocalClock.MondayOf(w.From) == w.From ? w.From : LocalClock.MondayOf(w.From).AddDays(7);
        var endWeek = Max(firstWeek, Min(LocalClock.MondayOf(w.To), LocalClock.MondayOf(asOfDay)));
        return new HeatmapPeriods(firstMonth, firstYear, endYear, endMonth, firstWeek, endWeek);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
