using Dashboard.Features.Digests;
using Dashboard.Features.Identity;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Hangfire;
using Hangfire.Storage.SQLite;

namespace Dashboard.Infrastructure.Jobs;

/// <summary>
/// Hangfire for the web app only (verbs never start a job server): SQLite storage in a file beside the database, the
/// server in-process (Hangfire:Server:Enabled, default true), the weekly digest as a recurring job, the dashboard for Admins.
/// </summary>
public static class JobsRegistration
{
    public const string DefaultCron = "0 7 * * 1";
    public const string DashboardPath = "/hangfire";

    public static IServiceCollection AddDashboardJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var file = Path.Combine(DataRegistration.DataDirectory(configuration), "hangfire.db");
        services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseSQLiteStorage(file, new SQLiteStorageOptions
            {
                // The default 15 s would leave a "send now" waiting; 1 s costs one small query a second.
                QueuePollInterval = TimeSpan.FromSeconds(1),
                // A job whose server died is taken up again after this long (a digest takes seconds).
                InvisibilityTimeout = TimeSpan.FromMinutes(15),
            }));
        if (configuration.GetValue("Hangfire:Server:Enabled", true))
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = 2;
                o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                o.ServerName = $"dashboard-{Environment.MachineName}";
            });
        }
        return services;
    }

    /// <summary>Registers (or updates) the weekly digest at Digest:Cron in Digest:TimeZone and maps the dashboard.</summary>
    public static WebApplication MapDashboardJobs(this WebApplication app)
    {
        var cron = app.Configuration["Digest:Cron"] ?? DefaultCron;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(app.Configuration["Digest:TimeZone"] ?? LocalClock.ZoneId);
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<DigestJobs>(
            DigestJobs.RecurringId, j => j.SendLastWeekAsync(CancellationToken.None), cron, new RecurringJobOptions { TimeZone = zone });
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
