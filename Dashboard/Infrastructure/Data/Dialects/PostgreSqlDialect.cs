using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Dashboard.Infrastructure.Data.Dialects;

/// <summary>PostgreSQL: times are timestamptz (UTC instants), so date arithmetic is native.</summary>
internal sealed class PostgreSqlDialect : SqlDialect
{
    /// <summary>UTC+7 as a POSIX zone: exactly SQLite's fixed '+7 hours' (and Asia/Ho_Chi_Minh since 1975).</summary>
    public const string LocalZone = "<+07>-07";

    /// <summary>Created by the PostgreSQL migrations (ICU): case-insensitive equality, and Vietnamese order.</summary>
    public const string CaseInsensitive = "case_insensitive";
    public const string Vietnamese = "vietnamese";

    /// <summary>The first key of the transaction-scoped advisory locks on an agreement's totals (the second is its id).</summary>
    private const int TotalsLock = 0x46544f54; // "FTOT"

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;

    // Whole milliseconds, as on SQLite.
    public override string MillisecondsBetween(string start, string end) =>
        $"CAST(round(EXTRACT(EPOCH FROM (\"{end}\" - \"{start}\")) * 1000) AS bigint)";

    // PostgreSQL 15 has stored generated columns only.
    public override bool StoresComputedColumns => true;

    public override string LocalMonth(string column) =>
        $"(CAST(EXTRACT(YEAR FROM timezone('{LocalZone}', \"{column}\")) AS integer) * 12 "
        + $"+ CAST(EXTRACT(MONTH FROM timezone('{LocalZone}', \"{column}\")) AS integer) - 1)";

    public override string NoIndex(string column) => $"\"{column}\"";

    public override string EndOfTime => "'infinity'::timestamptz";

    public override string CaseInsensitiveCollation => CaseInsensitive;

    public override string VietnameseCollation => Vietnamese;

    public override DbParameter Parameter(string name, object? value) => new NpgsqlParameter(name, value ?? DBNull.Value);

    // REPEATABLE READ: every query of the transaction sees the snapshot of its first, and reading takes no write lock.
    // Npgsql sends the BEGIN with that query; SET TRANSACTION READ ONLY would cost a round trip of its own, and no read
    // snapshot writes.
    public override Task<IDbContextTransaction> BeginReadSnapshotAsync(DashboardDbContext db, CancellationToken ct) =>
        db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);

    // In ascending order, so that two writers of the same agreements never wait on each other in a circle.
    public override async Task LockTotalsAsync(DatabaseFacade database, IEnumerable<int> agreements, CancellationToken ct)
    {
        foreach (var agreement in agreements.Distinct().Order())
        {
            await database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(@space, @agreement)",
                [Parameter("@space", TotalsLock), Parameter("@agreement", agreement)], ct);
        }
    }

    internal override void ConfigureModel(ModelBuilder builder)
    {
        builder.HasCollation(CaseInsensitive, locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        builder.HasCollation(Vietnamese, locale: "vi-VN", provider: "icu", deterministic: true);
        // Stored times are UTC everywhere (SQLite reads them back without a kind); timestamptz wants the kind said.
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties())
                     .Where(p => p.ClrType == typeof(DateTime) || p.ClrType == typeof(DateTime?)))
        {
            property.SetValueConverter(UtcConverter);
        }
    }

    // (A converter never sees NULL, so this one serves DateTime? too.)
    private static readonly ValueConverter<DateTime, DateTime> UtcConverter = new(
        v => v.Kind == DateTimeKind.Utc ? v : v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    // Autovacuum analyses in time; after a migration the planner gets fresh statistics at once.
    internal override async Task AfterMigrateAsync(DashboardDbContext db, bool migrated, CancellationToken ct)
    {
        if (migrated)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", ct);
        }
    }
}
