using System.Globalization;
using Dashboard.Features.Digests;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Features.Digests;

[Collection(AppHostGroup.Name)]
public sealed class DigestJobsTests
{
    [Fact]
    public async Task WeeklyDigest_IsRegistered_OnMondayAtSevenInHoChiMinh()
    {
        await using var app = new DashboardAppFactory();
        _ = app.Server;

        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == DigestJobs.RecurringId);

        Assert.Equal("0 7 * * 1", job.Cron);
        Assert.Equal("Asia/Ho_Chi_Minh", job.TimeZoneId);
        Assert.Equal(nameof(DigestJobs.SendLastWeekAsync), job.Job.Method.Name);
        var next = new DateTimeOffset(job.NextExecution!.Value, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(7));
        Assert.Equal((DayOfWeek.Monday, 7, 0), (next.DayOfWeek, next.Hour, next.Minute));
        Assert.True(File.Exists(Path.Combine(app.Folder, "hangfire.db")), "the job storage is a file beside the database");
    }

    [Fact]
    public async Task WeeklyDigest_TakesCronAndZoneFromConfiguration()
    {
        await using var app = new DashboardAppFactory(settings: new Dictionary<string, string?>
        {
            ["Digest:Cron"] = "30 6 * * 2",
            ["Digest:TimeZone"] = "Asia/Bangkok",
        });
        _ = app.Server;

        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == DigestJobs.RecurringId);

        Assert.Equal(("30 6 * * 2", "Asia/Bangkok"), (job.Cron, job.TimeZoneId));
    }

    [Fact]
    public async Task TriggeredDigest_RunsThroughHangfire_AndRetriesAnSmtpRefusalWithoutDoubles()
    {
        await using var smtp = new TestSmtpServer();
        await using var app = new DashboardAppFactory(settings: new Dictionary<string, string?>
        {
            ["Hangfire:Server:Enabled"] = "true",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        });
        _ = app.Server;
        var dbs = app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using (var db = await dbs.CreateDbContextAsync())
        {
            db.DigestRecipients.AddRange(
                new DigestRecipient { Email = "lead@vnpt.test", DisplayName = "Lãnh đạo", Scope = DigestScope.Leadership },
                new DigestRecipient { Email = "coord@vnpt.test", DisplayName = "Đầu mối", Scope = DigestScope.Coordinator, Language = "en" });
            await db.SaveChangesAsync();
        }
        smtp.Refuse = true;

        app.Services.GetRequiredService<IRecurringJobManager>().Trigger(DigestJobs.RecurringId);

        // The refused job is failed by the mail server and scheduled again by [AutomaticRetry].
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var retry = await Eventually(() => monitoring.ScheduledJobs(0, 10).Select(j => j.Key).FirstOrDefault(), TimeSpan.FromSeconds(30));
        Assert.NotNull(retry);
        Assert.True(smtp.Refused >= 2);
        await using (var db = await dbs.CreateDbContextAsync())
        {
            Assert.All(db.DigestDeliveries, d => Assert.Equal(DeliveryStatus.Failed, d.Status));
        }

        // The mail server is back; the retry is run now instead of after its back-off.
        smtp.Refuse = false;
        app.Services.GetRequiredService<IBackgroundJobClient>().Requeue(retry);
        await smtp.WaitForAsync(2, TimeSpan.FromSeconds(30));
        await Eventually(() => monitoring.SucceededListCount() > 0 ? "done" : null, TimeSpan.FromSeconds(30));

        Assert.Equal(["coord@vnpt.test", "lead@vnpt.test"], smtp.Received.Select(m => m.To.Mailboxes.Single().Address).Order());
        await using (var db = await dbs.CreateDbContextAsync())
        {
            Assert.All(db.DigestDeliveries, d => Assert.Equal(DeliveryStatus.Sent, d.Status));
            Assert.All(db.DigestRuns, r => Assert.Equal(DigestRunStatus.Sent, r.Status));
        }
    }

    private static async Task<T?> Eventually<T>(Func<T?> probe, TimeSpan timeout) where T : class
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (probe() is { } found)
            {
                return found;
            }
            await Task.Delay(200);
        }
        return null;
    }
}
