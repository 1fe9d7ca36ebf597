using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Modules;
using Dashboard.Infrastructure.Security;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;

namespace Dashboard.Infrastructure.Jobs;

/// <summary>
/// Hangfire for the web app only (verbs never start a job server): SQLite storage in a file beside the database, or the
/// PostgreSQL database that several nodes share; the server in-process (Hangfire:Server:Enabled, default true, named by
/// Hangfire:Server:Name), the features' recurring jobs (<see cref="IFeature.AddRecurringJobs"/>), the dashboard for Admins.
/// </summary>
public static class JobsRegistration
{
    public const string DashboardPath = "/hangfire";
    public const string PostgreSqlSchema = "hangfire";

    public static IServiceCollection AddDashboardJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHangfire(c => UseStorage(c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings(), configuration));
        if (configuration.GetValue("Hangfire:Server:Enabled", true))
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = 2;
                o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                // One name per node (Hangfire adds the process id and a GUID to it), so the dashboard tells the nodes apart.
                o.ServerName = configuration["Hangfire:Server:Name"] ?? $"dashboard-{Environment.MachineName}";
            });
        }
        return services;
    }

    /// <summary>
    /// SQLite: a file beside the database (one node). PostgreSQL: the "hangfire" schema of the same database, shared by
    /// every node; Hangfire creates it on the first node's start. Its distributed locks and queue claims live in the
    /// database, so a recurring job fires once across the nodes and [DisableConcurrentExecution] holds across them.
    /// </summary>
    private static IGlobalConfiguration UseStorage(IGlobalConfiguration hangfire, IConfiguration configuration)
    {
        // The default 15 s would leave a "send now" waiting; 1 s costs one small query a second.
        var poll = TimeSpan.FromSeconds(1);
        // A job whose server died is taken up again after this long (a digest takes seconds).
        var invisibility = TimeSpan.FromMinutes(15);
        if (DataRegistration.Provider(configuration) == DatabaseProvider.PostgreSQL)
        {
            var connection = DataRegistration.ConnectionString(configuration);
            return hangfire.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connection), new PostgreSqlStorageOptions
            {
                SchemaName = PostgreSqlSchema,
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = poll,
                InvisibilityTimeout = invisibility,
            });
        }
        var file = Path.Combine(DataRegistration.DataDirectory(configuration), "hangfire.db");
        return hangfire.UseSQLiteStorage(file, new SQLiteStorageOptions { QueuePollInterval = poll, InvisibilityTimeout = invisibility });
    }

    /// <summary>Registers (or updates) every feature's recurring jobs and maps the dashboard.</summary>
    public static WebApplication MapDashboardJobs(this WebApplication app)
    {
        FeatureCatalog.AddRecurringJobs(app.Services.GetRequiredService<IRecurringJobManager>(), app.Configuration);
        // Hangfire's own filter only lets local requests in; the Admin policy decides instead (anonymous → login, others → denied).
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [],
            DisplayStorageConnectionString = false,
            AppPath = "/digests",
            DashboardTitle = "Hangfire — Bảng điều khiển QCPH",
        }).RequireAuthorization(Policies.Admin);
        return app;
    }
}
