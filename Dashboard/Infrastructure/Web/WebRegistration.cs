using Dashboard.Components;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Jobs;
using Dashboard.Infrastructure.Live;
using Dashboard.Infrastructure.Localization;
using Dashboard.Infrastructure.Modules;
using Microsoft.Extensions.FileProviders;
using MudBlazor.Services;

namespace Dashboard.Infrastructure.Web;

/// <summary>The web server: services, middleware in its order, then the endpoints (every feature's before the Razor pages).</summary>
public static class WebRegistration
{
    public static WebApplicationBuilder AddDashboardWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddDashboardCore(builder.Configuration);
        builder.Services.AddFeaturesWeb(builder.Configuration);
        builder.Services.AddDashboardLocalization();
        builder.Services.AddReverseProxySupport(builder.Configuration);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddTransient<MudBlazor.MudLocalizer, MudStrings>();
        builder.Services.AddLiveUpdates(builder.Configuration);
        builder.Services.AddHostedService<PlannerStatistics>();
        builder.Services.AddDashboardJobs(builder.Configuration);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await DataRegistration.PrepareAtStartAsync(app.Services);
        await FeatureCatalog.OnWebStartAsync(app);
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.UseReverseProxySupport();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        // wwwroot-assets/ is copied beside the program as assets/ (see Dashboard.csproj).
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "assets")),
            RequestPath = "/assets",
        });
        app.UseAuthentication();
        app.UseFeaturesAfterAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapCultureSwitch();
        app.MapDashboardJobs();
        app.MapFeatures();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
