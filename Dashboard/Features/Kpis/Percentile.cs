using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis;

/// <summary>Excel's PERCENTILE.INC: rank = p·(n − 1) over the sorted values, linear interpolation between neighbours.</summary>
internal static class Percentile
{
    /// <summary>
    /// Where the two neighbours of the rank are read: from the nearer end (an index walk then stops early; the 90th
    /// percentile reads the top tenth), how many values to skip and take, and the weight of the upper neighbour.
    /// </summary>
    public readonly record struct Walk(bool Descending, int Skip, int Take, decimal Fraction)
    {
        /// <summary>The percentile from the neighbours read, in any order.</summary>
        public double Interpolate(IReadOnlyCollection<long> neighbours)
        {
            var (lower, upper) = (neighbours.Min(), neighbours.Max());
            return lower + (double)Fraction * (upper - lower);
        }
    }

    public static Walk WalkTo(long count, decimal p)
    {
        var rank = p * (count - 1);
        var offset = (int)decimal.Floor(rank);
        var fraction = rank - offset;
        if (offset < count / 2)
        {
            return new Walk(false, offset, 2, fraction);
        }
        var last = (int)Math.Min(offset + 1, count - 1);
        return new Walk(true, (int)count - 1 - last, last - offset + 1, fraction);
    }

    /// <summary>
    /// The percentiles of <paramref name="values"/> (there are <paramref name="count"/>) in one query that reads only the
    /// neighbours of each rank (ORDER BY … LIMIT … OFFSET …, one per rank, under UNION ALL); nulls when there are no values.
    /// </summary>
    public static async Task<double?[]> IncAsync(IQueryable<long> values, long count, decimal[] ps, CancellationToken ct)
    {
        if (count == 0)
        {
            return [.. ps.Select(_ => (double?)null)];
        }
        var walks = ps.Select(p => WalkTo(count, p)).ToArray();
        var neighbours = walks
            .Select((walk, i) => (walk.Descending ? values.OrderByDescending(v => v) : values.OrderBy(v => v))
                .Skip(walk.Skip).Take(walk.Take).Select(v => new { Rank = i, Value = v }))
            .Aggregate((all, next) => all.Concat(next));
        var read = await neighbours.ToListAsync(ct);
        return [.. walks.Select((walk, i) => (double?)walk.Interpolate([.. read.Where(n => n.Rank == i).Select(n => n.Value)]))];
    }
}
