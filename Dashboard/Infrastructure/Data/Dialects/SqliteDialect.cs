using Dashboard.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Data.Dialects;

/// <summary>SQLite: times are UTC text (ISO 8601), so date arithmetic goes through julianday/strftime.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    // julianday keeps milliseconds; rounding to whole milliseconds keeps sorting and sums exact.
    public override string MillisecondsBetween(string start, string end) =>
        $"CAST(round((julianday(\"{end}\") - julianday(\"{start}\")) * 86400000.0) AS INTEGER)";

    internal override void ConfigureModel(ModelBuilder builder)
    {
        builder.Entity<InformationRequest>().Property(x => x.TurnaroundMilliseconds)
            .HasComputedColumnSql(MillisecondsBetween(nameof(InformationRequest.ReceivedAt), nameof(InformationRequest.AnsweredAt)), stored: false);
    }

    internal override async Task AfterMigrateAsync(DashboardDbContext db, bool migrated, CancellationToken ct)
    {
        // WAL lets the web server read while a verb in another process writes.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        if (migrated)
        {
            await RefreshStatisticsAsync(db, ct);
        }
    }

    /// <summary>
    /// A file that has planner statistics gets them anew after a migration: SQLite takes an index without statistics for a
    /// very selective one and prefers it (and sampled statistics mislead it too). About 2 s at national scale, once.
    /// </summary>
    private static async Task RefreshStatisticsAsync(DashboardDbContext db, CancellationToken ct)
    {
        var analyzed = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name = 'sqlite_stat1'").SingleAsync(ct);
        if (analyzed > 0)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", ct);
        }
    }
}
