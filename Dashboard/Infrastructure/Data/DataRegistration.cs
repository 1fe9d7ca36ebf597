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
        await db.Database.MigrateAsync(ct);
        // WAL lets the web server read while a verb in another process writes.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
