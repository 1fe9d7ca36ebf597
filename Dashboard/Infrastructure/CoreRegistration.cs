using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Modules;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Infrastructure;

/// <summary>Services shared by the web server and the command-line verbs: the infrastructure, then every feature's.</summary>
public static class CoreRegistration
{
    public static IServiceCollection AddDashboardCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<LocalClock>();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddDashboardData(configuration);
        services.AddFeatures(configuration);
        return services;
    }
}
