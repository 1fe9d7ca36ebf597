using Dashboard.Components;
using Dashboard.Features.Import;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Localization;
using Microsoft.Extensions.FileProviders;
using MudBlazor.Services;

namespace Dashboard.Infrastructure.Web;

public static class WebRegistration
{
    public static WebApplicationBuilder AddDashboardWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddDashboardCore(builder.Configuration);
        builder.Services.AddDashboardLocalization();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await DataRegistration.MigrateAsync(app.Services);
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        app.UseRequestLocalization();
        // wwwroot-assets/ is copied beside the program as assets/ (see Dashboard.csproj).
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "assets")),
            RequestPath = "/assets",
        });
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthChecks("/health");
        app.MapCultureSwitch();
        app.MapImport();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
