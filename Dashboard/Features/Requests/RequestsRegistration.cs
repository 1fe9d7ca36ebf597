using Dashboard.Features.People;
using Dashboard.Features.Shared;

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

    public static IEndpointRouteBuilder MapRequests(this IEndpointRouteBuilder app) =>
        app.MapListExport<RequestExport, RequestFilter>("/requests/export", nameof(InformationRequest), "yeu-cau-tra-cuu.xlsx",
            RequestFilterQuery.Parse, (export, filter, actor, ct) => export.BuildAsync(filter, actor, ct));
}
