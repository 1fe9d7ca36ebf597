using Dashboard.Infrastructure.Security;

namespace Dashboard.Features.Import;

public static class ImportEndpoints
{
    /// <summary>GET /import/template: the workbook to fill in (SPEC §4.7).</summary>
    public static IEndpointRouteBuilder MapImport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/import/template", () => Results.File(ImportTemplate.Build(), ImportTemplate.ContentType, ImportTemplate.FileName))
            .RequireAuthorization(Policies.DataEntry);
        return app;
    }
}
