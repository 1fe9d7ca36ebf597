using Npgsql;

namespace Dashboard.Infrastructure.Live;

/// <summary>
/// NOTIFY after each commit of this process. Synchronous on purpose: one short statement on a pooled connection, done
/// before a verb's process can exit (a fire-and-forget send would be lost there).
/// </summary>
internal sealed class PostgreSqlChangePublisher(PostgreSqlChangeFeed feed, ILogger<PostgreSqlChangePublisher> log) : IChangePublisher
{
    public void Publish()
    {
        try
        {
            using var connection = new NpgsqlConnection(feed.ConnectionString);
            connection.Open();
            using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @node)", connection);
            notify.Parameters.AddWithValue("channel", PostgreSqlChangeFeed.Channel);
            notify.Parameters.AddWithValue("node", feed.NodeId);
            notify.ExecuteNonQuery();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // Saved already; the other nodes' pages catch up on their next change or tick.
            log.LogWarning(e, "Could not tell the other nodes about a change");
        }
    }
}
