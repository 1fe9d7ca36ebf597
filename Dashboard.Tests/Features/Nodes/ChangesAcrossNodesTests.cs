using System.Diagnostics;
using Dashboard.Cli;
using Dashboard.Features.Digests;
using Dashboard.Features.Identity;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dashboard.Tests.Features.Nodes;

/// <summary>LISTEN/NOTIFY between two nodes on one PostgreSQL database, without a browser.</summary>
[Collection(AppHostGroup.Name)]
public sealed class ChangesAcrossNodesTests
{
    [Fact]
    public async Task ASaveOnNodeA_RaisesNodeBsNotifier_AlsoAfterNodeBsListeningConnectionWasCut()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var heardOnB = 0;
        var heardOnA = 0;
        nodes.B.Services.GetRequiredService<DataChangeNotifier>().Changed += () => Interlocked.Increment(ref heardOnB);
        nodes.A.Services.GetRequiredService<DataChangeNotifier>().Changed += () => Interlocked.Increment(ref heardOnA);
        var listener = await nodes.ListenerAsync(nodes.B);

        var took = await SaveOnAAndWaitForBAsync(nodes, "first@vnpt.test", () => Volatile.Read(ref heardOnB));
        Assert.True(took < TimeSpan.FromSeconds(1), $"node B heard of node A's save after {took.TotalMilliseconds:0} ms");
        // Node A told its own pages once, at its commit; its own NOTIFY does not come back as a second notice.
        await Task.Delay(300);
        Assert.Equal(1, Volatile.Read(ref heardOnA));

        // The server ends node B's listening connection (as a restart of PostgreSQL or a cut link would).
        await using (var admin = new NpgsqlConnection(nodes.Database.ConnectionString))
        {
            await admin.OpenAsync();
            await using var cut = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", admin);
            cut.Parameters.AddWithValue("pid", listener);
            Assert.Equal(true, await cut.ExecuteScalarAsync());
        }
        await nodes.ListenerAsync(nodes.B, not: listener);

        took = await SaveOnAAndWaitForBAsync(nodes, "second@vnpt.test", () => Volatile.Read(ref heardOnB));
        Assert.True(took < TimeSpan.FromSeconds(1), $"after reconnecting, node B heard of node A's save after {took.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task AVerbRunAsAnotherProcess_OnTheSameDatabase_ReachesTheNodesLivePages()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var heard = 0;
        nodes.B.Services.GetRequiredService<DataChangeNotifier>().Changed += () => Interlocked.Increment(ref heard);
        await nodes.ListenerAsync(nodes.B);

        // The verb builds its own services (its own notifier and node id), exactly as a second process would.
        var exit = await CliApp.RunAsync(["users", "add", "--email", "viewer-verb@vnpt.test", "--role", Roles.Viewer,
            "--Database:Provider=PostgreSQL", $"--ConnectionStrings:Dashboard={nodes.Database.ConnectionString}"], TextWriter.Null, TextWriter.Null);

        Assert.Equal(0, exit);
        for (var waited = 0; Volatile.Read(ref heard) == 0 && waited < 5_000; waited += 50)
        {
            await Task.Delay(50);
        }
        Assert.True(Volatile.Read(ref heard) > 0, "the node did not hear of the verb's change");
    }

    /// <summary>Saves a recipient through node A's own services and returns how long node B took to raise its notifier.</summary>
    private static async Task<TimeSpan> SaveOnAAndWaitForBAsync(TwoNodes nodes, string email, Func<int> heard)
    {
        await Task.Delay(300); // a notice of the reconnection itself has come and gone
        var before = heard();
        var dbs = nodes.A.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await dbs.CreateDbContextAsync();
        db.DigestRecipients.Add(new DigestRecipient { Email = email, DisplayName = "Đầu mối", Scope = DigestScope.Leadership });
        var clock = Stopwatch.StartNew();
        await db.SaveChangesAsync();
        while (heard() == before && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(10);
        }
        Assert.True(heard() > before, "node B never heard of node A's save");
        return clock.Elapsed;
    }
}
