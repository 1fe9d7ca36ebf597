using Dashboard.Features.Digests.Workbook;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Mail;
using Dashboard.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Digests;

public static class DigestsRegistration
{
    /// <summary>The digest's services, for the web app and the digest verb alike (Hangfire itself is the web app's: see JobsRegistration).</summary>
    public static IServiceCollection AddDigests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDashboardMail(configuration);
        services.AddSingleton<IDigestFigures, FiguresForDigests>();
        services.AddSingleton<DigestContentLoader>();
        services.AddSingleton<DigestRuns>();
        services.AddSingleton<DigestSender>();
        services.AddTransient<DigestJobs>();
        return services;
    }

    /// <summary>GET /digests/{id}/workbook?lang=vi|en: a run's workbook, for Admins only.</summary>
    public static IEndpointRouteBuilder MapDigestEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/digests/{id:int}/workbook", async (int id, string? lang, IDbContextFactory<DashboardDbContext> dbs, CancellationToken ct) =>
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            var english = lang == "en";
            var run = await db.DigestRuns.Where(r => r.Id == id)
                .Select(r => new { r.Week, r.Scope, r.Agreement!.Code, Workbook = english ? r.WorkbookEn : r.WorkbookVi })
                .FirstOrDefaultAsync(ct);
            if (run?.Workbook is null || !IsoWeek.TryParse(run.Week, out var week))
            {
                return Results.NotFound();
            }
            return Results.File(run.Workbook, DigestMessage.XlsxType, DigestWorkbook.FileName(run.Code, week.Value, run.Scope, english ? "en" : "vi"));
        }).RequireAuthorization(Policies.Admin);
        return app;
    }
}
