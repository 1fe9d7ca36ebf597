using Dashboard.Features.Audit;
using Dashboard.Features.Identity;

namespace Dashboard.Features.Incidents;

public static class IncidentsRegistration
{
    public static IServiceCollection AddIncidents(this IServiceCollection services)
    {
        services.AddSingleton<IncidentQueries>();
        services.AddSingleton<IncidentDetails>();
        services.AddSingleton<IncidentExport>();
        services.AddScoped<IncidentCommands>();
        return services;
    }

    public static IEndpointRouteBuilder MapIncidents(this IEndpointRouteBuilder app)
    {
        app.MapGet("/incidents/export", async (HttpContext http, IncidentExport export, AuditLog audit, CancellationToken ct) =>
        {
            var filter = IncidentFilterQuery.Parse(http.Request.Query);
            var actor = http.User.Identity?.Name ?? "?";
            var bytes = await export.BuildAsync(filter, actor, ct);
            await audit.RecordAsync(actor, "Exported", nameof(Incident), "list", http.Request.QueryString.Value, ct);
            return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "vu-viec-xam-hai.xlsx");
        }).RequireAuthorization(Policies.Sensitive);
        return app;
    }
}
