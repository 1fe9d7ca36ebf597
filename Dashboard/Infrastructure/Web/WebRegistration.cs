using Dashboard.Components;
using Dashboard.Features.Digests;
using Dashboard.Features.Heatmaps;
using Dashboard.Features.Commendations;
using Dashboard.Features.Identity;
using Dashboard.Features.Incidents;
using Dashboard.Features.Requests;
using Dashboard.Features.DemoData;
using Dashboard.Features.Kpis;
using Dashboard.Features.Import;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Jobs;
using Dashboard.Infrastructure.Live;
using Dashboard.Infrastructure.Localization;
using Microsoft.Extensions.FileProviders;
using MudBlazor.Services;

namespace Dashboard.Infrastructure.Web;

public static class WebRegistration
{
    public static WebApplicationBuilder AddDashboardWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddDashboardCore(builder.Configuration);
        builder.Services.AddDashboardIdentityWeb(builder.Configuration);
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
        if (app.Environment.IsDevelopment())
        {
            await DemoAccounts.EnsureAsync(app.Services);
        }
        await app.Services.SeedDemoOnStartAsync(app.Environment, app.Configuration);
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
        app.UsePasswordChangeGate();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapCultureSwitch();
        app.MapIdentityEndpoints();
        app.MapRequests();
        app.MapFiguresApi();
        app.MapImport();
        app.MapIncidents();
        app.MapDigestEndpoints();
        app.MapDashboardJobs();
        app.MapHeatmaps();
        app.MapCommendations();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
