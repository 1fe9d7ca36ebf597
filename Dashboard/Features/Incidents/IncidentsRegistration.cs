using Dashboard.Features.Shared;

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

    public static IEndpointRouteBuilder MapIncidents(this IEndpointRouteBuilder app) =>
        app.MapListExport<IncidentExport, IncidentFilter>("/incidents/export", nameof(Incident), "vu-viec-xam-hai.xlsx",
            IncidentFilterQuery.Parse, (export, filter, actor, ct) => export.BuildAsync(filter, actor, ct));
}
