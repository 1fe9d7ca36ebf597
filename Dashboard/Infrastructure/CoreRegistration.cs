using Dashboard.Features.Audit;
using Dashboard.Features.Digests;
using Dashboard.Features.Commendations;
using Dashboard.Features.ReviewMode;
using Dashboard.Features.Settings;
using Dashboard.Features.Identity;
using Dashboard.Features.Overview;
using Dashboard.Features.Incidents;
using Dashboard.Features.Requests;
using Dashboard.Features.DemoData;
using Dashboard.Features.Kpis;
using Dashboard.Features.Heatmaps;
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
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddDashboardData(configuration);
        services.AddDashboardIdentityCore(configuration);
        services.AddAudit();
        services.AddRequests();
        services.AddOverview();
        services.AddIncidents();
        services.AddDemoData();
        services.AddFigures();
        services.AddHeatmaps();
        services.AddImport();
        services.AddDigests(configuration);
        services.AddCommendations();
        services.AddSettings();
        services.AddReviewMode();
        return services;
    }
}
