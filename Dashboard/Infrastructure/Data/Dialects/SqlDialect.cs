using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Dashboard.Infrastructure.Data.Dialects;

/// <summary>
/// The one place that knows how each database spells what the figures need. The figures keep one definition (SPEC §3);
/// only these pieces differ by provider, so the SQL built from them cannot mean different things.
/// </summary>
public abstract class SqlDialect
{
    public static SqlDialect Sqlite { get; } = new SqliteDialect();
    public static SqlDialect PostgreSql { get; } = new PostgreSqlDialect();

    public static SqlDialect Of(DatabaseFacade database) => database.IsNpgsql() ? PostgreSql : Sqlite;

    public static SqlDialect Of(DatabaseProvider provider) => provider == DatabaseProvider.PostgreSQL ? PostgreSql : Sqlite;

    public abstract DatabaseProvider Provider { get; }

    /// <summary><paramref name="end"/> − <paramref name="start"/> (two columns) in whole milliseconds; NULL when either is NULL.</summary>
    public abstract string MillisecondsBetween(string start, string end);

    /// <summary>The model's provider-specific parts (computed columns, collations, how times are stored).</summary>
    internal abstract void ConfigureModel(ModelBuilder builder);

    /// <summary>After the migrate verb: the database's own upkeep (journal mode, planner statistics).</summary>
    internal abstract Task AfterMigrateAsync(DashboardDbContext db, bool migrated, CancellationToken ct);
}
