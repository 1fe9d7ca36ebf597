using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Mail;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Digests;

/// <summary>Some deliveries failed or were held by another sender; Hangfire retries the job, which sends only what is still unsent.</summary>
public sealed class DigestDeliveryException(string message) : Exception(message);

public sealed record DeliveryOutcome(int Sent, int Failed, int Busy, int AlreadySent);

/// <summary>
/// Delivers a run: one delivery per active recipient of its scope, each sent at most once. A delivery is claimed before
/// sending (two workers never send it at once), marked Sent as soon as the mail system accepts it, and on failure keeps
/// the error and the attempt count. A claim lapses after <see cref="ClaimFor"/>, so a killed process's work is taken up again.
/// </summary>
public sealed class DigestSender(
    IDbContextFactory<DashboardDbContext> dbs, IMailSender mail, MailOptions mailOptions, LocalClock clock,
    IStringLocalizer<SharedResource> strings, ILogger<DigestSender> log)
{
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(10);

    public async Task<DeliveryOutcome> DeliverAsync(int runId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.AuditEachChange = false;
        var run = await db.DigestRuns.Where(r => r.Id == runId)
            .Select(r => new { r.Id, r.Week, r.Scope, r.AsOf, r.KeyFigures, AgreementCode = r.Agreement!.Code })
            .SingleAsync(ct);
        await AddMissingDeliveriesAsync(db, runId, run.Scope, ct);
        var deliveries = await db.DigestDeliveries.AsNoTracking()
            .Where(d => d.RunId == runId && d.Recipient!.IsActive)
            .Select(d => new { d.Id, d.Status, d.RecipientId, d.Recipient!.Email, d.Recipient.DisplayName, d.Recipient.Language })
            .ToListAsync(ct);
        var figures = DigestKeyFigures.Parse(run.KeyFigures);
        var week = IsoWeek.TryParse(run.Week, out var w) ? w.Value : throw new InvalidDataException(run.Week);
        var workbooks = new Dictionary<string, byte[]>();
        int sent = 0, failed = 0, busy = 0, already = 0;
        foreach (var d in deliveries)
        {
            if (d.Status == DeliveryStatus.Sent)
            {
                already++;
                continue;
            }
            var now = clock.UtcNow;
            var until = now + ClaimFor;
            // An unsent delivery gets the recipient's current address and language: a corrected address is used on retry.
            var claimed = await db.DigestDeliveries
                .Where(x => x.Id == d.Id && x.Status != DeliveryStatus.Sent && (x.ClaimedUntil == null || x.ClaimedUntil < now))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.ClaimedUntil, until)
                    .SetProperty(x => x.Email, d.Email)
                    .SetProperty(x => x.Language, d.Language), ct);
            if (claimed == 0)
            {
                busy++;
                continue;
            }
            var language = d.Language == "en" ? "en" : "vi";
            if (!workbooks.TryGetValue(language, out var workbook))
            {
                workbook = await db.DigestRuns.Where(r => r.Id == runId)
                    .Select(r => language == "en" ? r.WorkbookEn : r.WorkbookVi).SingleAsync(ct)
                    ?? throw new InvalidDataException($"Run {runId} has no {language} workbook.");
                workbooks[language] = workbook;
            }
            try
            {
                // Inside the try: an address the mail library cannot parse is a failed delivery too, and releases the claim.
                var message = DigestMessage.Compose(mailOptions.From, new DigestRecipientAddress(d.Email, d.DisplayName), run.AgreementCode,
                    week, run.Scope, run.AsOf, figures, workbook, new DigestText(strings, language), $"digest-{runId}-{d.RecipientId}@agreement-dashboard");
                await mail.SendAsync(message, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                log.LogWarning(e, "Digest run {Run}: delivery to {Email} failed", runId, d.Email);
                var error = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
                await db.DigestDeliveries.Where(x => x.Id == d.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.Status, DeliveryStatus.Failed)
                    .SetProperty(x => x.Attempts, x => x.Attempts + 1)
                    .SetProperty(x => x.LastError, error)
                    .SetProperty(x => x.LastAttemptAt, clock.UtcNow)
                    .SetProperty(x => x.ClaimedUntil, (DateTime?)null), CancellationToken.None);
                continue;
            }
            // Accepted: record it at once, whatever happens to this job afterwards.
            var sentAt = clock.UtcNow;
            await db.DigestDeliveries.Where(x => x.Id == d.Id).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, DeliveryStatus.Sent)
                .SetProperty(x => x.Attempts, x => x.Attempts + 1)
                .SetProperty(x => x.SentAt, sentAt)
                .SetProperty(x => x.LastAttemptAt, sentAt)
                .SetProperty(x => x.LastError, (string?)null)
                .SetProperty(x => x.ClaimedUntil, (DateTime?)null), CancellationToken.None);
            sent++;
        }
        await UpdateRunStatusAsync(db, runId, CancellationToken.None);
        if (failed > 0 || busy > 0)
        {
            throw new DigestDeliveryException(
                $"Digest {run.AgreementCode} {run.Week} {run.Scope}: {sent} sent, {failed} failed, {busy} held by another sender; retried later.");
        }
        return new DeliveryOutcome(sent, failed, busy, already);
    }

    /// <summary>A delivery for every active recipient of the scope that has none yet (a recipient added later gets this week too).</summary>
    private static async Task AddMissingDeliveriesAsync(DashboardDbContext db, int runId, DigestScope scope, CancellationToken ct)
    {
        var missing = await db.DigestRecipients
            .Where(r => r.IsActive && r.Scope == scope && !db.Set<DigestDelivery>().Any(d => d.RunId == runId && d.RecipientId == r.Id))
            .Select(r => new { r.Id, r.Email, r.Language })
            .ToListAsync(ct);
        if (missing.Count == 0)
        {
            return;
        }
        db.DigestDeliveries.AddRange(missing.Select(r => new DigestDelivery { RunId = runId, RecipientId = r.Id, Email = r.Email, Language = r.Language }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another worker added them first; the unique (run, recipient) key kept one of each.
            db.ChangeTracker.Clear();
        }
    }

    private async Task UpdateRunStatusAsync(DashboardDbContext db, int runId, CancellationToken ct)
    {
        var counts = await db.DigestDeliveries.Where(d => d.RunId == runId && (d.Status == DeliveryStatus.Sent || d.Recipient!.IsActive))
            .GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var failed = counts.Any(c => c.Key == DeliveryStatus.Failed);
        var pending = counts.Any(c => c.Key == DeliveryStatus.Pending);
        var status = failed ? DigestRunStatus.Failed : pending ? DigestRunStatus.Sending : DigestRunStatus.Sent;
        var finished = status == DigestRunStatus.Sent ? clock.UtcNow : (DateTime?)null;
        await db.DigestRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, status)
            .SetProperty(r => r.FinishedAt, finished), ct);
    }
}
