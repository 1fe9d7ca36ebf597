using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Data;

/// <summary>
/// Keeps the query planner's statistics current however the data came in (a file grown only through the forms never ran
/// ANALYZE): hourly and once at shutdown. SQLite's <c>PRAGMA optimize</c> analyses only the tables whose size moved enough
/// since their last analysis, within a time limit it sets itself, so a run where nothing changed costs next to nothing.
/// </summary>
internal sealed class PlannerStatistics(IDbContextFactory<DashboardDbContext> factory, TimeProvider time, ILogger<PlannerStatistics> log)
    : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromHours(1);

    /// <summary>
    /// The one statement per database engine. 0x10002: analyse where it may help (0x2), looking at every table (0x10000),
    /// not only those this pooled connection happened to query.
    /// </summary>
    public static async Task RefreshAsync(DashboardDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", ct);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunAsync(stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await RunAsync(cancellationToken);
    }

    private async Task RunAsync(CancellationToken ct)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            await RefreshAsync(db, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not refresh the planner statistics");
        }
    }
}
