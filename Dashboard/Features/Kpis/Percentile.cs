using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis;

/// <summary>Excel's PERCENTILE.INC: rank = p·(n − 1) over the sorted values, linear interpolation between neighbours.</summary>
internal static class Percentile
{
    /// <summary>The zero-based position of the lower neighbour and the weight of the upper one.</summary>
    public static (int Offset, decimal Fraction) Rank(long count, decimal p)
    {
        var rank = p * (count - 1);
        var offset = decimal.Floor(rank);
        return ((int)offset, rank - offset);
    }

    public static double Interpolate(double lower, double upper, decimal fraction) =>
        lower + (double)fraction * (upper - lower);

    /// <summary>
    /// Reads only the two neighbours (ORDER BY … LIMIT 2 OFFSET k), counting from the nearer end so that an index walk
    /// stops early (the 90th percentile reads the top tenth); null when there are no values.
    /// </summary>
    public static async Task<double?> IncAsync(IQueryable<long> values, long count, decimal p, CancellationToken ct)
    {
        if (count == 0)
        {
            return null;
        }
        var (offset, fraction) = Rank(count, p);
        long lower, upper;
        if (offset < count / 2)
        {
            var neighbours = await values.OrderBy(v => v).Skip(offset).Take(2).ToListAsync(ct);
            (lower, upper) = (neighbours[0], neighbours[^1]);
        }
        else
        {
            var last = (int)Math.Min(offset + 1, count - 1);
            var neighbours = await values.OrderByDescending(v => v).Skip((int)count - 1 - last).Take(last - offset + 1).ToListAsync(ct);
            (lower, upper) = (neighbours[^1], neighbours[0]);
        }
        return Interpolate(lower, upper, fraction);
    }
}
