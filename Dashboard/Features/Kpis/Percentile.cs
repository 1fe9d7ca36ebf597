namespace Dashboard.Features.Kpis;

/// <summary>Excel's PERCENTILE.INC: rank = p·(n − 1) over the sorted values, linear interpolation between neighbours.</summary>
internal static class Percentile
{
    /// <summary>The values from <paramref name="Lower"/> up to the next band's lower bound: how many there are.</summary>
    public readonly record struct Band(long Lower, long Count);

    /// <summary>
    /// Where the two neighbours of the rank are read: from the lower bound of the band the rank falls in, in ascending
    /// order, skipping the values of that band below the rank (an index walk then reads only inside the band), and the
    /// weight of the upper neighbour.
    /// </summary>
    public readonly record struct Walk(long Lower, int Skip, decimal Fraction)
    {
        /// <summary>The values read at the rank: two, or one at the top.</summary>
        public const int Take = 2;

        /// <summary>The percentile from the neighbours read, in any order.</summary>
        public double Interpolate(IReadOnlyCollection<long> neighbours)
        {
            var (lower, upper) = (neighbours.Min(), neighbours.Max());
            return lower + (double)Fraction * (upper - lower);
        }
    }

    /// <param name="bands">Ascending by lower bound, together every value once; at least one value.</param>
    public static Walk WalkTo(IReadOnlyList<Band> bands, decimal p)
    {
        var rank = p * (bands.Sum(b => b.Count) - 1);
        var offset = (long)decimal.Floor(rank);
        var below = 0L;
        foreach (var band in bands)
        {
            if (offset < below + band.Count)
            {
                return new Walk(band.Lower, (int)(offset - below), rank - offset);
            }
            below += band.Count;
        }
        throw new ArgumentException("The bands hold no values.", nameof(bands));
    }
}
