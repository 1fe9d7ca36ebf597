using Dashboard.Features.Agreements;
using Dashboard.Features.Digests;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Live;
using Dashboard.Infrastructure.Time;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dashboard.Tests.Features.Nodes;

/// <summary>
/// Two app hosts (node-a, node-b) on one migrated database of the real test PostgreSQL server, as two nodes behind a
/// proxy would be. Both live in this test process, so they share Hangfire's GlobalConfiguration (see README, "Several
/// nodes"): each host still runs its own server (named after its node) with its own job activator, on the same storage.
/// </summary>
internal sealed class TwoNodes : IAsyncDisposable
{
    private TwoNodes(TestDatabase database, DashboardAppFactory a, DashboardAppFactory b) => (Database, A, B) = (database, a, b);

    public TestDatabase Database { get; }
    public DashboardAppFactory A { get; }
    public DashboardAppFactory B { get; }

    /// <param name="settings">Extra settings of each node, given its name.</param>
    /// <param name="kestrel">Real sockets (for browsers) instead of in-memory test servers.</param>
    /// <param name="stubFigures">
    /// The digest's figures from a stand-in: these tests are about delivery and live updates across nodes, and the figures
    /// engine's PostgreSQL dialect is another piece of work (issue 12, item 2).
    /// </param>
    public static async Task<TwoNodes> StartAsync(Func<string, IDictionary<string, string?>>? settings = null, bool kestrel = false, bool stubFigures = true)
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);
        DashboardAppFactory Node(string name)
        {
            var own = new Dictionary<string, string?> { ["Hangfire:Server:Name"] = name };
            foreach (var (key, value) in settings?.Invoke(name) ?? new Dictionary<string, string?>())
            {
                own[key] = value;
            }
            return new DashboardAppFactory(settings: own, postgreSql: database.ConnectionString)
            {
                TestServices = stubFigures ? s => s.AddSingleton<IDigestFigures>(new Digests.StubFigures()) : null,
            };
        }
        var a = Node("node-a");
        var b = Node("node-b");
        // One after the other, as an operator starts them; the second must not disturb the first.
        Start(a, kestrel);
        Start(b, kestrel);
        return new TwoNodes(database, a, b);
    }

    private static void Start(DashboardAppFactory node, bool kestrel)
    {
        if (kestrel)
        {
            node.StartKestrel();
        }
        else
        {
            _ = node.Server;
        }
    }

    /// <summary>The ISO week just ended and the codes of the agreements in force in it: what the weekly digest covers.</summary>
    public async Task<(IsoWeek Week, List<string> Agreements)> DigestWeekAsync()
    {
        var week = IsoWeek.LastCompleted(A.Services.GetRequiredService<LocalClock>().Today);
        await using var db = Database.CreateDbContext();
        var agreements = await db.Agreements.Where(a => a.StartsOn <= week.Sunday && a.EndsOn >= week.Monday)
            .OrderBy(a => a.Code).Select(a => a.Code).ToListAsync();
        return (week, agreements);
    }

    /// <summary>
    /// Waits until the node's listening connection is up and has run LISTEN (pg_stat_activity names it after the node);
    /// returns its server process id. <paramref name="not"/>: a process id it must differ from (a new connection).
    /// </summary>
    public async Task<int> ListenerAsync(DashboardAppFactory node, int? not = null, TimeSpan? timeout = null)
    {
        var feed = node.Services.GetRequiredService<PostgreSqlChangeFeed>();
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        while (DateTime.UtcNow < until)
        {
            await using var find = new NpgsqlCommand(
                "SELECT pid FROM pg_stat_activity WHERE application_name = @name AND query LIKE 'LISTEN%' AND state = 'idle'", connection);
            find.Parameters.AddWithValue("name", $"dashboard-listen-{feed.NodeId}");
            if (await find.ExecuteScalarAsync() is int pid && pid != not)
            {
                return pid;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"node {node.Services.GetRequiredService<PostgreSqlChangeFeed>().NodeId} is not listening");
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        await Database.DisposeAsync();
    }
}
