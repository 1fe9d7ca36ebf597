using System.Diagnostics;
using System.Text.Json;
using Dashboard.Features.Digests.Workbook;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Digests;

/// <summary>Finds or builds the one run of an (agreement, week, scope): the workbooks in both languages and the key figures, kept together.</summary>
public sealed class DigestRuns(
    IDbContextFactory<DashboardDbContext> dbs, DigestContentLoader loader, LocalClock clock, IStringLocalizer<SharedResource> strings,
    ILogger<DigestRuns> log)
{
    public async Task<int> FindOrBuildAsync(string agreementCode, IsoWeek week, DigestScope scope, CancellationToken ct = default)
    {
        var agreement = await loader.FindAgreementAsync(agreementCode, week, ct);
        if (await FindAsync(agreement.Id, week, scope, ct) is { } existing)
        {
            return existing;
        }
        var started = Stopwatch.GetTimestamp();
        var content = await loader.LoadAsync(agreement.Code, week, scope, ct);
        var loaded = Stopwatch.GetTimestamp();
        var run = new DigestRun
        {
            AgreementId = agreement.Id,
            Week = week.ToString(),
            Scope = scope,
            AsOf = content.AsOf.UtcDateTime,
            CreatedAt = clock.UtcNow,
            KeyFigures = new DigestKeyFigures(content.ThisWeek, content.PreviousWeek, content.ToDate).ToJson(),
            WorkbookVi = DigestWorkbook.Build(content, new DigestText(strings, "vi")),
            WorkbookEn = DigestWorkbook.Build(content, new DigestText(strings, "en")),
        };
        // The same timer as the digest verb's: the whole, the figures from the database, the workbooks (both languages here).
        log.LogInformation("Digest built {Agreement} {Week} {Scope}: {Seconds:0.00} s (figures {Figures:0.00} s, workbooks {Workbooks:0.00} s)",
            agreement.Code, week, scope, Stopwatch.GetElapsedTime(started).TotalSeconds, Stopwatch.GetElapsedTime(started, loaded).TotalSeconds,
            Stopwatch.GetElapsedTime(loaded).TotalSeconds);
        await using var db = await dbs.CreateDbContextAsync(ct);
        // A run is the delivery log's own record; the workbooks must not be copied into the audit trail.
        db.AuditEachChange = false;
        db.DigestRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
            return run.Id;
        }
        catch (DbUpdateException)
        {
            // Another worker built the same run a moment earlier (the unique key refused ours): use theirs.
            if (await FindAsync(agreement.Id, week, scope, ct) is { } raced)
            {
                return raced;
            }
            throw;
        }
    }

    private async Task<int?> FindAsync(int agreementId, IsoWeek week, DigestScope scope, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var label = week.ToString();
        return await db.DigestRuns
            .Where(r => r.AgreementId == agreementId && r.Week == label && r.Scope == scope)
            .Select(r => (int?)r.Id)
            .FirstOrDefaultAsync(ct);
    }
}
