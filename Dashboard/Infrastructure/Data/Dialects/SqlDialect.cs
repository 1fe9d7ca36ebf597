using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Infrastructure.Data.Dialects;

/// <summary>
/// The one place that knows how each database spells what the figures need. The figures keep one definition (SPEC §3),
/// written once in portable SQL (@name parameters, TRUE/FALSE, aliased subqueries); only these pieces differ by provider,
/// so the SQL built from them cannot mean different things.
/// </summary>
public abstract class SqlDialect
{
    public static SqlDialect Sqlite { get; } = new SqliteDialect();
    public static SqlDialect PostgreSql { get; } = new PostgreSqlDialect();

    public static SqlDialect Of(DatabaseFacade database) => database.IsNpgsql() ? PostgreSql : Sqlite;

    public static SqlDialect Of(DatabaseProvider provider) => provider == DatabaseProvider.PostgreSQL ? PostgreSql : Sqlite;

    public abstract DatabaseProvider Provider { get; }

    /// <summary><paramref name="end"/> − <paramref name="start"/> (two time columns) in whole milliseconds; NULL when either is NULL.</summary>
    public abstract string MillisecondsBetween(string start, string end);

    /// <summary>Whether a computed column is stored (written with its row) rather than computed when read.</summary>
    public abstract bool StoresComputedColumns { get; }

    /// <summary>The local (UTC+7) month of a stored UTC time column as year × 12 + month − 1.</summary>
    public abstract string LocalMonth(string column);

    /// <summary>
    /// The column, kept from the planner's choice of index where SQLite would pick a worse one (SQLite's unary +);
    /// PostgreSQL's planner weighs its statistics and needs no hint.
    /// </summary>
    public abstract string NoIndex(string column);

    /// <summary>A time after every stored time, as an SQL literal (what a missing time compares as in the hand-written figures).</summary>
    public abstract string EndOfTime { get; }

    /// <summary>The collation that compares codes and e-mails without regard to letter case.</summary>
    public abstract string CaseInsensitiveCollation { get; }

    /// <summary>The collation that sorts names in Vietnamese order (Đ after D, tones after the bare letter).</summary>
    public abstract string VietnameseCollation { get; }

    /// <summary>A parameter for the SQL text's @<paramref name="name"/>.</summary>
    public abstract DbParameter Parameter(string name, object? value);

    /// <summary>A read transaction in which several queries see one state of the database, without taking a write lock.</summary>
    public abstract Task<IDbContextTransaction> BeginReadSnapshotAsync(DashboardDbContext db, CancellationToken ct);

    /// <summary>
    /// Serialises, until the end of the current transaction, the writers of the figure totals of these agreements, so that
    /// each recomputes them from rows that include the other's (PostgreSQL READ COMMITTED would otherwise lose one).
    /// </summary>
    public abstract Task LockTotalsAsync(DatabaseFacade database, IEnumerable<int> agreements, CancellationToken ct);

    /// <summary>The model's provider-specific parts (computed columns, collations, how times are stored).</summary>
    internal abstract void ConfigureModel(ModelBuilder builder);

    /// <summary>After the migrate verb: the database's own upkeep (journal mode, planner statistics).</summary>
    internal abstract Task AfterMigrateAsync(DashboardDbContext db, bool migrated, CancellationToken ct);
}
