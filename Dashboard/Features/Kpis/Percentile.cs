using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// The percentiles of the values <paramref name="atLeast"/> gives from a lower bound on, whose counts per band are
    /// <paramref name="bands"/>, in one query that reads only the neighbours of each rank (ORDER BY … LIMIT … OFFSET …,
    /// one per rank, under UNION ALL); nulls when there are no values.
    /// </summary>
    public static async Task<double?[]> IncAsync(Func<long, IQueryable<long>> atLeast, IReadOnlyList<Band> bands, decimal[] ps, CancellationToken ct)
    {
        if (bands.Sum(b => b.Count) == 0)
        {
            return [.. ps.Select(_ => (double?)null)];
        }
        var walks = ps.Select(p => WalkTo(bands, p)).ToArray();
        var neighbours = walks
            .Select((walk, i) => atLeast(walk.Lower).OrderBy(v => v).Skip(walk.Skip).Take(Walk.Take).Select(v => new { Rank = i, Value = v }))
            .Aggregate((all, next) => all.Concat(next));
        var read = await neighbours.ToListAsync(ct);
        return [.. walks.Select((walk, i) => (double?)walk.Interpolate([.. read.Where(n => n.Rank == i).Select(n => n.Value)]))];
    }
}
