using Dashboard.Features.Kpis;
using Dashboard.Features.Kpis.Totals;

namespace Dashboard.Tests.Features.Kpis;

/// <summary>The walk to a percentile's rank starts at the band the rank falls in, and reads the same neighbours as a full sort.</summary>
public class PercentileTests
{
    private const long Hour = 3_600_000L;

    [Theory]
    [InlineData(0.5, 4.5, 48.0)]
    [InlineData(0.9, 8.1, 820.0)]
    [InlineData(0.0, 0.0, 0.5)]
    [InlineData(1.0, 9.0, 1000.0)]
    public void Walk_StartsInTheBandOfTheRank_AndInterpolatesLikeExcel(double p, double rank, double expectedHours)
    {
        double[] hours = [0.5, 1, 23.5, 24, 25, 71, 72, 200, 800, 1000];
        var values = hours.Select(h => (long)(h * Hour)).ToList();
        var bands = values.GroupBy(Band).OrderBy(g => g.Key).Select(g => new Percentile.Band(TurnaroundBands.Lower(g.Key), g.Count())).ToList();

        var walk = Percentile.WalkTo(bands, (decimal)p);
        var fromBand = values.Where(v => v >= walk.Lower).Order().Skip(walk.Skip).Take(Percentile.Walk.Take).ToList();

        Assert.Equal(values[(int)Math.Floor(rank)], fromBand[0]);
        Assert.Equal(expectedHours, walk.Interpolate(fromBand) / Hour, 9);
        Assert.True(walk.Skip < bands.Single(b => b.Lower == walk.Lower).Count);
    }

    [Fact]
    public void Bands_HaveWholeDaysAndWeeksAmongTheirBounds_AndKeysFromOne()
    {
        Assert.Equal(1, Band(0));
        Assert.Equal(long.MinValue, TurnaroundBands.Lower(1));
        Assert.Equal(Band(24 * Hour), Band(24 * Hour + 1));
        Assert.NotEqual(Band(24 * Hour - 1), Band(24 * Hour));
        Assert.NotEqual(Band(72 * Hour - 1), Band(72 * Hour));
        Assert.NotEqual(Band(168 * Hour - 1), Band(168 * Hour));
        Assert.Equal(24 * Hour, TurnaroundBands.Lower(Band(24 * Hour)));
    }

    /// <summary>The band key the totals give a turnaround, by the same bounds.</summary>
    private static int Band(long ms) => Enumerable.Range(1, TurnaroundBands.Count).Last(k => TurnaroundBands.Lower(k) <= ms);
}
