using Dashboard.Features.Import;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Infrastructure;

/// <summary>Services shared by the web server and the command-line verbs.</summary>
public static class CoreRegistration
{
    public static IServiceCollection AddDashboardCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<LocalClock>();
        services.AddDashboardData(configuration);
        services.AddSingleton<DataChangeNotifier>();
        // Verbs report in the same localised strings as the pages (the web adds its culture switch on top).
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddImport();
        return services;
    }
}
