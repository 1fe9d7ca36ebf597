using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Audit;

/// <summary>
/// Notices changes written by another process (a verb such as import or seed) through the audit trail, which every
/// change writes to, and passes them on to the in-process notifier. SQLite only: PostgreSQL announces its commits
/// (<see cref="Infrastructure.Live.LiveRegistration"/>).
/// </summary>
internal sealed class ExternalChangeWatcher(
    IDbContextFactory<DashboardDbContext> factory, DataChangeNotifier notifier, TimeProvider time, IConfiguration configuration,
    ILogger<ExternalChangeWatcher> log)
    : BackgroundService
{
    /// <summary>Poll period (Live:ExternalPollSeconds, default 20 s); a change made elsewhere appears within it.</summary>
    private TimeSpan Period => TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Live:ExternalPollSeconds", 20)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long? last = null;
        using var timer = new PeriodicTimer(Period, time);
        do
        {
            try
            {
                await using var db = await factory.CreateDbContextAsync(stoppingToken);
                var current = await db.AuditEntries.MaxAsync(a => (long?)a.Id, stoppingToken) ?? 0;
                if (last is not null && current != last)
                {
                    notifier.NotifyChangedElsewhere();
                }
                last = current;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Could not check the database for changes made elsewhere");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
