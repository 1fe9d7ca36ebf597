using Dashboard.Features.Audit;
using Dashboard.Infrastructure.Security;

namespace Dashboard.Features.Shared;

/// <summary>
/// Workbooks leave the app here: the xlsx MIME type in one place, and the one export endpoint of the record lists
/// (the filter from the query string, audited, behind the sensitive-data policy).
/// </summary>
public static class XlsxDownload
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IResult File(byte[] bytes, string fileName) => Results.File(bytes, ContentType, fileName);

    /// <summary>
    /// GET <paramref name="path"/>?filter…: the list as on screen, built by <typeparamref name="TExport"/>, recorded as
    /// exported by the signed-in user under <paramref name="entity"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapListExport<TExport, TFilter>(this IEndpointRouteBuilder app, string path, string entity, string fileName,
        Func<IQueryCollection, TFilter> parse, Func<TExport, TFilter, string, CancellationToken, Task<byte[]>> build)
        where TExport : notnull
    {
        app.MapGet(path, async (HttpContext http, TExport export, AuditLog audit, CancellationToken ct) =>
        {
            var filter = parse(http.Request.Query);
            var actor = http.User.Identity?.Name ?? "?";
            var bytes = await build(export, filter, actor, ct);
            await audit.RecordAsync(actor, "Exported", entity, "list", http.Request.QueryString.Value, ct);
            return File(bytes, fileName);
        }).RequireAuthorization(Policies.Sensitive);
        return app;
    }
}
