using System.CommandLine;
using Dashboard.Infrastructure.Data;
using Hangfire;

namespace Dashboard.Infrastructure.Modules;

/// <summary>
/// Every <see cref="IFeature"/> of this assembly, found once (<see cref="Discovery"/>) in <see cref="IFeature.Order"/>, so that
/// every start registers them in the same order.
/// </summary>
public static class FeatureCatalog
{
    public static IReadOnlyList<IFeature> All { get; } = Discovery.All<IFeature>(f => f.Order);

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

    public static IApplicationBuilder UseFeaturesAfterAuthentication(this IApplicationBuilder app)
    {
        foreach (var feature in All)
        {
            feature.UseAfterAuthentication(app);
        }
        return app;
    }

    public static async Task AfterMigrateAsync(DashboardDbContext db, CancellationToken ct)
    {
        foreach (var feature in All)
        {
            await feature.AfterMigrateAsync(db, ct);
        }
    }

    public static async Task OnWebStartAsync(WebApplication app)
    {
        foreach (var feature in All)
        {
            await feature.OnWebStartAsync(app);
        }
    }

    public static void AddRecurringJobs(IRecurringJobManager jobs, IConfiguration configuration)
    {
        foreach (var feature in All)
        {
            feature.AddRecurringJobs(jobs, configuration);
        }
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
}
