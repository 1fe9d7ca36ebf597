using Dashboard.Infrastructure.Web;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Features.Overview;

public static class OverviewRegistration
{
    public static IServiceCollection AddOverview(this IServiceCollection services)
    {
        services.AddSingleton<OverviewQueries>();
        services.AddSingleton<OverviewLoader>();
        services.AddSingleton<SharedFigures>();
        services.TryAddSingleton<StaticSections>();
        return services;
    }
}
