using System.Globalization;
using Dashboard.Features.Digests;
using Dashboard.Tests.TestInfrastructure;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Features.Nodes;

/// <summary>The weekly digest with two nodes on one PostgreSQL database: each active recipient gets one message a week, whichever node sends.</summary>
[Collection(AppHostGroup.Name)]
public sealed class DigestAcrossNodesTests
{
    private static readonly string[] Active = ["coord@vnpt.test", "lead-en@vnpt.test", "lead@vnpt.test"];

    [Fact]
    public async Task TheRecurringDigest_FiredOnBothNodesHangfireServers_SendsEachActiveRecipientExactlyOneMessage()
    {
        await using var smtp = new TestSmtpServer();
        await using var nodes = await TwoNodes.StartAsync(_ => Settings(smtp, jobServer: true));
        var (_, agreements) = await nodes.DigestWeekAsync();
        await AddRecipientsAsync(nodes);

        // Both servers are up on the one storage, each under its node's name.
        var monitoring = nodes.A.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await Until(() => monitoring.Servers().Select(s => s.Name.Split(':')[0]).Distinct().Count() == 2, "both Hangfire servers registered");
        Assert.Equal(["node-a", "node-b"], monitoring.Servers().Select(s => s.Name.Split(':')[0]).Order());

        // The recurring digest fires on each node (as if each node's clock said "Monday 07:00" at once).
        nodes.A.Services.GetRequiredService<IRecurringJobManager>().Trigger(DigestJobs.RecurringId);
        nodes.B.Services.GetRequiredService<IRecurringJobManager>().Trigger(DigestJobs.RecurringId);

        await Until(() => monitoring.SucceededListCount() >= 2, "both digest jobs succeeded", TimeSpan.FromSeconds(120));
        await Task.Delay(500);

        AssertOneMessageEach(smtp, agreements.Count);
        await using var db = nodes.Database.CreateDbContext();
        Assert.Equal(agreements.Count * 2, await db.DigestRuns.CountAsync());
        Assert.All(await db.DigestRuns.ToListAsync(), r => Assert.Equal(DigestRunStatus.Sent, r.Status));
        Assert.All(await db.DigestDeliveries.ToListAsync(), d => Assert.Equal((DeliveryStatus.Sent, 1), (d.Status, d.Attempts)));
    }

    [Fact]
    public async Task BothNodesSendingTheSameWeekAtOnce_WithoutHangfiresLock_StillSendEachRecipientOneMessage()
    {
        // The database is what keeps it exactly once (unique run and delivery keys, a claim per delivery), not a lock in
        // one process nor Hangfire's [DisableConcurrentExecution]: the jobs' code is run on both nodes at the same time.
        await using var smtp = new TestSmtpServer();
        await using var nodes = await TwoNodes.StartAsync(_ => Settings(smtp, jobServer: false));
        var (_, agreements) = await nodes.DigestWeekAsync();
        await AddRecipientsAsync(nodes);
        var onA = ActivatorUtilities.GetServiceOrCreateInstance<DigestJobs>(nodes.A.Services);
        var onB = ActivatorUtilities.GetServiceOrCreateInstance<DigestJobs>(nodes.B.Services);

        await Task.WhenAll(SendAsync(onA), SendAsync(onB));
        // What Hangfire's retry does for a node whose deliveries were held by the other: run again.
        await SendAsync(onA);
        await SendAsync(onB);

        AssertOneMessageEach(smtp, agreements.Count);
        await using var db = nodes.Database.CreateDbContext();
        Assert.Equal(agreements.Count * 2, await db.DigestRuns.CountAsync());
        Assert.Equal(agreements.Count * Active.Length, await db.DigestDeliveries.CountAsync(d => d.Status == DeliveryStatus.Sent));
    }

    private static Dictionary<string, string?> Settings(TestSmtpServer smtp, bool jobServer) => new()
    {
        ["Hangfire:Server:Enabled"] = jobServer ? "true" : "false",
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
    };

    private static async Task AddRecipientsAsync(TwoNodes nodes)
    {
        await using var db = nodes.Database.CreateDbContext();
        db.DigestRecipients.AddRange(
            new DigestRecipient { Email = "lead@vnpt.test", DisplayName = "Lãnh đạo", Scope = DigestScope.Leadership },
            new DigestRecipient { Email = "lead-en@vnpt.test", DisplayName = "Leader", Scope = DigestScope.Leadership, Language = "en" },
            new DigestRecipient { Email = "coord@vnpt.test", DisplayName = "Đầu mối", Scope = DigestScope.Coordinator },
            new DigestRecipient { Email = "retired@vnpt.test", DisplayName = "Đã nghỉ", Scope = DigestScope.Leadership, IsActive = false });
        await db.SaveChangesAsync();
    }

    /// <summary>One message per active recipient and agreement in force, none for the inactive one.</summary>
    private static void AssertOneMessageEach(TestSmtpServer smtp, int agreements)
    {
        Assert.True(agreements > 0, "no agreement in force last week: nothing to send");
        var byAddress = smtp.Received.GroupBy(m => m.To.Mailboxes.Single().Address).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Active, byAddress.Keys.Order());
        Assert.All(byAddress, a => Assert.Equal(agreements, a.Value));
        Assert.Equal(smtp.Received.Count, smtp.Received.Select(m => m.MessageId).Distinct().Count());
    }

    private static async Task SendAsync(DigestJobs jobs)
    {
        try
        {
            await jobs.SendLastWeekAsync(CancellationToken.None);
        }
        catch (DigestDeliveryException)
        {
            // Some deliveries were held by the other node at that moment; the next run sends what is still unsent.
        }
    }

    private static async Task Until(Func<bool> probe, string what, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!probe())
        {
            Assert.True(DateTime.UtcNow < until, "timed out waiting until " + what);
            await Task.Delay(200);
        }
    }
}
