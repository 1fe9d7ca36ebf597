using Dashboard.Features.Agreements;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Digests;

/// <summary>
/// The Hangfire jobs of the digest. Each is idempotent: it reuses the week's runs and sends only unsent deliveries, so a
/// retry (automatic, with Hangfire's growing delays) or a job re-queued after a killed process never sends twice.
/// </summary>
public sealed class DigestJobs(
    IDbContextFactory<DashboardDbContext> dbs, DigestRuns runs, DigestSender sender, LocalClock clock, ILogger<DigestJobs> log)
{
    public const string RecurringId = "weekly-digest";

    /// <summary>Every Monday: the ISO week just ended, for every agreement in force that week and every scope with active recipients.</summary>
    [AutomaticRetry(Attempts = 10)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task SendLastWeekAsync(CancellationToken ct)
    {
        var week = IsoWeek.LastCompleted(clock.Today);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var agreements = await db.Agreements
            .Where(a => a.StartsOn <= week.Sunday && a.EndsOn >= week.Monday)
            .OrderBy(a => a.Code).Select(a => a.Code).ToListAsync(ct);
        var scopes = await db.DigestRecipients.Where(r => r.IsActive).Select(r => r.Scope).Distinct().ToListAsync(ct);
        await SendAllAsync(agreements, week, scopes, ct);
    }

    /// <summary>"Send now" for one agreement and week: both scopes are built, each delivered to its active recipients.</summary>
    [AutomaticRetry(Attempts = 10)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task SendWeekAsync(string agreementCode, string week, CancellationToken ct) =>
        IsoWeek.TryParse(week, out var w)
            ? SendAllAsync([agreementCode], w.Value, Enum.GetValues<DigestScope>(), ct)
            : throw new ArgumentException($"Not an ISO week: {week}", nameof(week));

    /// <summary>"Resend failed": the unsent deliveries of one run.</summary>
    [AutomaticRetry(Attempts = 10)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task ResendAsync(int runId, CancellationToken ct) => sender.DeliverAsync(runId, ct);

    /// <summary>Tries every run, then fails once for all that did not fully go, so one bad address does not hold back the others.</summary>
    private async Task SendAllAsync(IEnumerable<string> agreements, IsoWeek week, IEnumerable<DigestScope> scopes, CancellationToken ct)
    {
        var problems = new List<string>();
        foreach (var agreement in agreements)
        {
            foreach (var scope in scopes)
            {
                try
                {
                    var runId = await runs.FindOrBuildAsync(agreement, week, scope, ct);
                    var outcome = await sender.DeliverAsync(runId, ct);
                    log.LogInformation("Digest {Agreement} {Week} {Scope}: {Sent} sent, {Already} sent before", agreement, week, scope, outcome.Sent, outcome.AlreadySent);
                }
                catch (Exception e) when (e is DigestDeliveryException or DigestInputException)
                {
                    problems.Add(e.Message);
                }
            }
        }
        if (problems.Count > 0)
        {
            throw new DigestDeliveryException(string.Join(Environment.NewLine, problems));
        }
    }
}
