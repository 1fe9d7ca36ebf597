using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Infrastructure.Data.Dialects;

/// <summary>SQLite: times are UTC text (ISO 8601), so date arithmetic goes through julianday/strftime.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    /// <summary>The fixed offset of Asia/Ho_Chi_Minh as an SQLite date modifier (Vietnam has no DST).</summary>
    public const string LocalModifier = "+7 hours";

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    // julianday keeps milliseconds; rounding to whole milliseconds keeps sorting and sums exact.
    public override string MillisecondsBetween(string start, string end) =>
        $"CAST(round((julianday(\"{end}\") - julianday(\"{start}\")) * 86400000.0) AS INTEGER)";

    public override string LocalMonth(string column) =>
        $"(CAST(strftime('%Y', \"{column}\", '{LocalModifier}') AS INTEGER) * 12 "
        + $"+ CAST(strftime('%m', \"{column}\", '{LocalModifier}') AS INTEGER) - 1)";

    public override string NoIndex(string column) => $"+\"{column}\"";

    // Times are ISO 8601 text: '9999' sorts after all of them.
    public override string EndOfTime => "'9999'";

    public override string CaseInsensitiveCollation => "NOCASE";

    public override string VietnameseCollation => SqliteCollations.Vietnamese;

    public override DbParameter Parameter(string name, object? value) => new SqliteParameter(name, value ?? DBNull.Value);

    // EF's own BeginTransaction would take SQLite's write lock (BEGIN IMMEDIATE); a deferred one only reads.
    public override async Task<IDbContextTransaction> BeginReadSnapshotAsync(DashboardDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        return await db.Database.UseTransactionAsync(transaction, ct)
            ?? throw new InvalidOperationException("The read transaction was not taken up by the context.");
    }

    // One writer at a time already: a write transaction holds the file's lock until it ends.
    public override Task LockTotalsAsync(DatabaseFacade database, IEnumerable<int> agreements, CancellationToken ct) => Task.CompletedTask;

    // Virtual: computed when read, as SQLite keeps no stored copy a migration would have to rebuild.
    public override bool StoresComputedColumns => false;

    internal override void ConfigureModel(ModelBuilder builder)
    {
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
