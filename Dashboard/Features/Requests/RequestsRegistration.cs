using Dashboard.Features.Audit;
using Dashboard.Features.Identity;
using Dashboard.Features.People;

namespace Dashboard.Features.Requests;

public static class RequestsRegistration
{
    public static IServiceCollection AddRequests(this IServiceCollection services)
    {
        services.AddSingleton<ReferenceLists>();
        services.AddSingleton<RequestQueries>();
        services.AddSingleton<RequestDetails>();
        services.AddSingleton<RequestExport>();
        services.AddScoped<RequestCommands>();
        return services;
    }

    public static IEndpointRouteBuilder MapRequests(this IEndpointRouteBuilder app)
    {
        app.MapGet("/requests/export", async (HttpContext http, RequestExport export, AuditLog audit, CancellationToken ct) =>
        {
            var filter = RequestFilterQuery.Parse(http.Request.Query);
            var actor = http.User.Identity?.Name ?? "?";
            var bytes = await export.BuildAsync(filter, actor, ct);
            await audit.RecordAsync(actor, "Exported", nameof(InformationRequest), "list", http.Request.QueryString.Value, ct);
            return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "yeu-cau-tra-cuu.xlsx");
        }).RequireAuthorization(Policies.Sensitive);
        return app;
    }
}
