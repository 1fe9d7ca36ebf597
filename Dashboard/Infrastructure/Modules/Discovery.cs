namespace Dashboard.Infrastructure.Modules;

/// <summary>
/// How the program finds what features contribute (features, save participants, dialect configurations): every
/// non-abstract class of this assembly with a parameterless constructor that implements <typeparamref name="T"/>, one
/// instance each, by <paramref name="order"/> and then by full name, so that every start sees them in the same order.
/// </summary>
public static class Discovery
{
    public static IReadOnlyList<T> All<T>(Func<T, int> order)
        where T : class =>
    [
        .. typeof(Discovery).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(T).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (T)Activator.CreateInstance(t)!)
            .OrderBy(order)
            .ThenBy(x => x.GetType().FullName, StringComparer.Ordinal),
    ];
}
