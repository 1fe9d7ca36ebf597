using Dashboard.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.TestInfrastructure;

/// <summary>A real SQLite file in a temporary folder, created through the EF Core migrations.</summary>
public sealed class TestDatabase : IDbContextFactory<DashboardDbContext>, IAsyncDisposable
{
    private readonly DbContextOptions<DashboardDbContext> _options;

    private TestDatabase(string folder, TimeProvider time)
    {
        Folder = folder;
        FilePath = Path.Combine(folder, "dashboard.db");
        ConnectionString = $"Data Source={FilePath}";
        Time = time;
        _options = new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite(ConnectionString).Options;
    }

    public string Folder { get; }
    public string FilePath { get; }
    public string ConnectionString { get; }
    public TimeProvider Time { get; }

    public static async Task<TestDatabase> CreateAsync(TimeProvider? time = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dashboard-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var db = new TestDatabase(folder, time ?? TimeProvider.System);
        await using var context = db.CreateDbContext();
        await context.Database.MigrateAsync();
        return db;
    }

    public DashboardDbContext CreateDbContext() => new(_options, Time);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a background reader is left for the OS to clean.
        }
        return ValueTask.CompletedTask;
    }
}
