using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Data;

public static class DataRegistration
{
    public const string ConnectionName = "Dashboard";
    public const string DefaultConnection = "Data Source=data/dashboard.db";

    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionName) ?? DefaultConnection;

    /// <summary>The SQLite file's folder; Hangfire's storage and data-protection keys live beside it.</summary>
    public static string DataDirectory(IConfiguration configuration)
    {
        var file = new SqliteConnectionStringBuilder(ConnectionString(configuration)).DataSource;
        return Path.GetDirectoryName(Path.GetFullPath(file)) ?? Directory.GetCurrentDirectory();
    }

    public static IServiceCollection AddDashboardData(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = ConnectionString(configuration);
        Directory.CreateDirectory(DataDirectory(configuration));
        services.AddSingleton<DataChangeNotifier>();
        services.AddSingleton<DataChangeInterceptor>();
        services.AddDbContextFactory<DashboardDbContext>((sp, o) => o
            .UseSqlite(connection, s => s.CommandTimeout(120))
            .AddInterceptors(sp.GetRequiredService<DataChangeInterceptor>()));
        return services;
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Any();
        await db.Database.MigrateAsync(ct);
        // WAL lets the web server read while a verb in another process writes.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        if (pending)
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
