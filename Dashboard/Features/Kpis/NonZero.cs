using System.Numerics;

namespace Dashboard.Features.Kpis;

internal static class NonZero
{
    /// <summary>Non-zero counts only (an absent key counts 0), in the order the enum declares.</summary>
    public static Dictionary<TKey, TValue> InEnumOrder<TKey, TValue>(Dictionary<TKey, TValue> counts)
        where TKey : struct, Enum
        where TValue : INumber<TValue> =>
        Enum.GetValues<TKey>()
            .Where(k => counts.TryGetValue(k, out var v) && v != TValue.Zero)
            .ToDictionary(k => k, k => counts[k]);
}
