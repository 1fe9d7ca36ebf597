using Npgsql;

namespace Dashboard.Infrastructure.Live;

/// <summary>
/// The NOTIFY channel the nodes of one PostgreSQL database share. Each process (each app host) is one node with an id
/// of its own, sent as the payload, so a node ignores its own notices: it has told its pages already.
/// </summary>
public sealed class PostgreSqlChangeFeed(string connectionString)
{
    public const string Channel = "dashboard_changes";

    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    public string ConnectionString { get; } = connectionString;

    /// <summary>
    /// The listener's own physical connection: not pooled (a dropped one must not go back to a pool), with keepalives so
    /// a silently dead link is noticed while it waits, and named so an operator sees it in pg_stat_activity.
    /// </summary>
    public string ListenConnectionString => new NpgsqlConnectionStringBuilder(ConnectionString)
    {
        Pooling = false,
        KeepAlive = 10,
        TcpKeepAlive = true,
        ApplicationName = $"dashboard-listen-{NodeId}",
    }.ConnectionString;
}
