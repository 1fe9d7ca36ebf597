namespace Dashboard.Features.DemoData;

/// <summary>Small helpers over System.Random: the generator's only source of chance, so a seed fixes everything.</summary>
internal static class Randoms
{
    public static T Pick<T>(this Random rng, IReadOnlyList<(T Value, int Weight)> choices)
    {
        var roll = rng.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            roll -= weight;
            if (roll < 0)
            {
                return value;
            }
        }
        return choices[^1].Value;
    }

    public static DateTime Between(this Random rng, DateTime from, DateTime to) =>
        from.AddMinutes(Math.Floor(rng.NextDouble() * (to - from).TotalMinutes));

    /// <summary>Splits a total into parts of at least one each, uneven like real batches; the parts sum to the total exactly.</summary>
    public static int[] Split(this Random rng, int total, int parts)
    {
        if (parts <= 0 || total < parts)
        {
            throw new ArgumentOutOfRangeException(nameof(parts), "Every part needs at least one.");
        }
        var weights = Enumerable.Range(0, parts).Select(_ => 0.1 + Math.Pow(rng.NextDouble(), 2)).ToArray();
        var sum = weights.Sum();
        var rest = total - parts;
        var result = weights.Select(w => 1 + (int)Math.Floor(rest * w / sum)).ToArray();
        var left = total - result.Sum();
        for (; left > 0; left--)
        {
            result[rng.Next(parts)]++;
        }
        return result;
    }
}
