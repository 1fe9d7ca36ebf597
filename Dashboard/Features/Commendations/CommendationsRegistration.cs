using Dashboard.Features.Audit;
using Dashboard.Features.Kpis;
using Dashboard.Features.Settings;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Features.Commendations;

public static class CommendationsRegistration
{
    public static IServiceCollection AddCommendations(this IServiceCollection services)
    {
        services.AddSingleton<CommendationWeightsStore>();
        services.AddSingleton<ICandidateRanking, CandidateRanking>();
        services.AddSingleton<CommendationBoard>();
        services.AddSingleton<CommendationExport>();
        services.AddScoped<CommendationCommands>();
        services.AddScoped<WeightsCommands>();
        services.AddSingleton(new SettingsSection(typeof(WeightsEditor), 10));
        services.TryAddSingleton<SharedFigures>();
        return services;
    }

    /// <summary>GET /commendations/export?agreement=&amp;from=&amp;to= (the figures' inputs, SPEC §5): the nomination list as a workbook.</summary>
    public static IEndpointRouteBuilder MapCommendations(this IEndpointRouteBuilder app)
    {
        app.MapGet("/commendations/export", async (HttpContext http, string? agreement, string? from, string? to, CommendationExport export, AuditLog audit, CancellationToken ct) =>
        {
            var actor = http.User.Identity?.Name ?? "?";
            try
            {
                var bytes = await export.BuildAsync(FigureInput.Parse(new FigureArgs(agreement, from, to)), actor, ct);
                await audit.RecordAsync(actor, "Exported", nameof(Commendation), "candidates", http.Request.QueryString.Value, ct);
                return XlsxDownload.File(bytes, "de-xuat-khen-thuong.xlsx");
            }
            catch (FigureQueryException e)
            {
                return Results.BadRequest(e.Message);
            }
        }).RequireAuthorization(Policies.Sensitive);
        return app;
    }
}
