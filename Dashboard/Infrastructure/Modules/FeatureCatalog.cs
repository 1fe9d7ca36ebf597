using System.CommandLine;

namespace Dashboard.Infrastructure.Modules;

/// <summary>
/// Every <see cref="IFeature"/> of this assembly (non-abstract, with a parameterless constructor), by reflection once, in
/// <see cref="IFeature.Order"/> and then by full name, so that every start registers them in the same order.
/// </summary>
public static class FeatureCatalog
{
    public static IReadOnlyList<IFeature> All { get; } = Discover();

    /// <summary>The navigation links of every feature, in the menu's order.</summary>
    public static IReadOnlyList<NavEntry> Navigation { get; } = [.. All.SelectMany(f => f.Navigation).OrderBy(e => e.Order)];

    public static IServiceCollection AddFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        foreach (var feature in All)
        {
            feature.AddServices(services, configuration);
        }
        return services;
    }

    public static IServiceCollection AddFeaturesWeb(this IServiceCollection services, IConfiguration configuration)
    {
        foreach (var feature in All)
        {
            feature.AddWebServices(services, configuration);
        }
        return services;
    }

    public static IEndpointRouteBuilder MapFeatures(this IEndpointRouteBuilder endpoints)
    {
        foreach (var feature in All)
        {
            feature.MapEndpoints(endpoints);
        }
        return endpoints;
    }

    public static IEnumerable<Command> Verbs(Func<IServiceProvider> services) => All.SelectMany(f => f.Verbs(services));

    private static List<IFeature> Discover() =>
    [
        .. typeof(FeatureCatalog).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFeature).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IFeature)Activator.CreateInstance(t)!)
            .OrderBy(f => f.Order)
            .ThenBy(f => f.GetType().FullName, StringComparer.Ordinal),
    ];
}
