using Dashboard.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.TestInfrastructure;

/// <summary>
/// A real database created through the EF Core migrations: a SQLite file in a temporary folder (default), or a database of
/// its own on the test PostgreSQL server (<see cref="PostgresServer"/>), dropped on dispose.
/// </summary>
public sealed class TestDatabase : IDbContextFactory<DashboardDbContext>, IAsyncDisposable
{
    private readonly Func<DashboardDbContext> _create;

    private TestDatabase(DatabaseProvider provider, string folder, string connectionString, TimeProvider time)
    {
        Provider = provider;
        Folder = folder;
        FilePath = Path.Combine(folder, "dashboard.db");
        ConnectionString = connectionString;
        Time = time;
        if (provider == DatabaseProvider.Sqlite)
        {
            var builder = new DbContextOptionsBuilder<DashboardDbContext>();
            DataRegistration.UseSqlite(builder, ConnectionString);
            var options = builder.Options;
            _create = () => new DashboardDbContext(options, Time);
        }
        else
        {
            var builder = new DbContextOptionsBuilder<PostgreSqlDashboardDbContext>();
            DataRegistration.UsePostgreSql(builder, ConnectionString);
            var options = builder.Options;
            _create = () => new PostgreSqlDashboardDbContext(options, Time);
        }
    }

    public DatabaseProvider Provider { get; }

    /// <summary>A temporary folder of the test's own (on SQLite, the file's).</summary>
    public string Folder { get; }

    /// <summary>The SQLite file (SQLite only).</summary>
    public string FilePath { get; }

    public string ConnectionString { get; }
    public TimeProvider Time { get; }

    public static Task<TestDatabase> CreateAsync(TimeProvider? time = null) => CreateAsync(DatabaseProvider.Sqlite, time);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, TimeProvider? time = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dashboard-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connection = provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(folder, "dashboard.db")}"
            : await PostgresServer.CreateDatabaseAsync();
        var db = new TestDatabase(provider, folder, connection, time ?? TimeProvider.System);
        await using var context = db.CreateDbContext();
        await context.Database.MigrateAsync();
        return db;
    }

    public DashboardDbContext CreateDbContext() => _create();

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.PostgreSQL)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a background reader is left for the OS to clean.
        }
    }
}
