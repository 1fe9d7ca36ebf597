using Dashboard.Infrastructure.Data.Dialects;
using Dashboard.Infrastructure.Live;
using Dashboard.Infrastructure.Modules;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Dashboard.Infrastructure.Data;

public static class DataRegistration
{
    public const string ConnectionName = "Dashboard";
    public const string DefaultConnection = "Data Source=data/dashboard.db";
    public const string ProviderKey = "Database:Provider";

    /// <summary>The one place that reads Database:Provider: Sqlite (default) or PostgreSQL, any letter case.</summary>
    public static DatabaseProvider Provider(IConfiguration configuration)
    {
        var name = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(name))
        {
            return DatabaseProvider.Sqlite;
        }
        return name.Trim().ToUpperInvariant() switch
        {
            "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRESQL" => DatabaseProvider.PostgreSQL,
            _ => throw new DatabaseSetupException(DatabaseMessages.Format("Db_UnknownProvider", name)),
        };
    }

    public static string ConnectionString(IConfiguration configuration)
    {
        var connection = configuration.GetConnectionString(ConnectionName);
        if (Provider(configuration) == DatabaseProvider.Sqlite)
        {
            return connection ?? DefaultConnection;
        }
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new DatabaseSetupException(DatabaseMessages.Format("Db_NoConnectionString"));
        }
        try
        {
            return new NpgsqlConnectionStringBuilder(connection).ConnectionString;
        }
        catch (ArgumentException e)
        {
            throw new DatabaseSetupException(DatabaseMessages.Format("Db_BadConnectionString", DatabaseProvider.PostgreSQL, e.Message), e);
        }
    }

    /// <summary>
    /// Where files beside the data live (Hangfire's SQLite storage, data-protection keys, the mail pickup folder): the SQLite
    /// file's folder, or data/ under the working folder on PostgreSQL.
    /// </summary>
    public static string DataDirectory(IConfiguration configuration)
    {
        if (Provider(configuration) == DatabaseProvider.PostgreSQL)
        {
            return Path.GetFullPath("data");
        }
        var file = new SqliteConnectionStringBuilder(ConnectionString(configuration)).DataSource;
        return Path.GetDirectoryName(Path.GetFullPath(file)) ?? Directory.GetCurrentDirectory();
    }

    public static IServiceCollection AddDashboardData(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = Provider(configuration);
        var connection = ConnectionString(configuration);
        Directory.CreateDirectory(DataDirectory(configuration));
        services.AddSingleton<DataChangeNotifier>();
        services.AddSingleton<DataChangeInterceptor>();
        if (provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContextFactory<DashboardDbContext>((sp, o) => UseSqlite(o, connection)
                .AddInterceptors(sp.GetRequiredService<DataChangeInterceptor>()));
        }
        else
        {
            services.AddDbContextFactory<PostgreSqlDashboardDbContext>((sp, o) => UsePostgreSql(o, connection)
                .AddInterceptors(sp.GetRequiredService<DataChangeInterceptor>()));
            services.AddSingleton<IDbContextFactory<DashboardDbContext>, PostgreSqlContextFactory>();
            // Several nodes share the database: each commit is announced to the others (LISTEN/NOTIFY).
            services.AddPostgreSqlChangeFeed(connection);
        }
        return services;
    }

    /// <summary>The SQLite options every context on that provider gets (the app's and the tests').</summary>
    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder options, string connection) =>
        SqlFunctions.Use(options.UseSqlite(connection, s => s.CommandTimeout(120)), SqlDialect.Sqlite)
            .AddInterceptors(new SqliteCollations(), new FigureTablesGuard());

    /// <summary>
    /// The PostgreSQL options every context on that provider gets (the app's and the tests'). A connection that fails is
    /// reported once, by <see cref="UnreachableServerInterceptor"/>, not also as EF's error log.
    /// </summary>
    public static DbContextOptionsBuilder UsePostgreSql(DbContextOptionsBuilder options, string connection) =>
        SqlFunctions.Use(options.UseNpgsql(Tuned(connection), s => s.CommandTimeout(120)), SqlDialect.PostgreSql)
            .ConfigureWarnings(w => w.Log((RelationalEventId.ConnectionError, LogLevel.Debug)))
            .AddInterceptors(new UnreachableServerInterceptor(), new FigureTablesGuard());

    /// <summary>
    /// Every query of the dashboard is an index read of at most a few thousand entries (or a walk of one index); on such
    /// queries PostgreSQL's parallel workers cost more than they save (measured on the national data set: the turnaround
    /// walk 25 ms alone, 60–75 ms with workers): off for the dashboard's sessions unless the connection string sets
    /// Options. The same few statements run again and again, so they are prepared after their fifth use (the server then
    /// neither parses nor, mostly, plans them again: one agreement's figures 1.2 ms sooner in 200 runs on the national
    /// data set), unless the connection string sets Max Auto Prepare.
    /// </summary>
    private static string Tuned(string connection)
    {
        var builder = new NpgsqlConnectionStringBuilder(connection);
        if (string.IsNullOrEmpty(builder.Options))
        {
            builder.Options = "-c max_parallel_workers_per_gather=0";
        }
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
        }
        return builder.ConnectionString;
    }

    /// <summary>
    /// Applies the migrations of the configured provider (the migrate verb; at start on SQLite), then the features' upkeep
    /// (<see cref="IFeature.AfterMigrateAsync"/>). On a file that has planner statistics, refreshes them afterwards.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        // A PostgreSQL database that does not exist yet is created by Migrate (if the account may); ask nothing of it before.
        var pending = await UnreachableServerInterceptor.ProbeAsync(async () =>
        {
            var exists = await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct);
            var pending = !exists || (await db.Database.GetPendingMigrationsAsync(ct)).Any();
            await db.Database.MigrateAsync(ct);
            return pending;
        });
        await FeatureCatalog.AfterMigrateAsync(db, ct);
        await SqlDialect.Of(db.Database).AfterMigrateAsync(db, pending, ct);
    }

    /// <summary>
    /// At the web server's start: SQLite migrates itself (one process owns the file); PostgreSQL, shared by several nodes,
    /// is migrated by the migrate verb only, so a node refuses to start on a database that is behind.
    /// </summary>
    public static async Task PrepareAtStartAsync(IServiceProvider services, CancellationToken ct = default)
    {
        if (Provider(services.GetRequiredService<IConfiguration>()) == DatabaseProvider.Sqlite)
        {
            await MigrateAsync(services, ct);
            return;
        }
        var factory = services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
        if (pending > 0)
        {
            throw new DatabaseSetupException(DatabaseMessages.Format("Db_MigrationsPending", pending));
        }
    }

    private sealed class PostgreSqlContextFactory(IDbContextFactory<PostgreSqlDashboardDbContext> inner) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<DashboardDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}
