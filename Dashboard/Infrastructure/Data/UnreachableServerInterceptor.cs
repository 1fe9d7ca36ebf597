using System.Data.Common;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Dashboard.Infrastructure.Data;

/// <summary>
/// A PostgreSQL server that cannot be reached (down, wrong host or port, unknown database, refused sign-in) becomes a
/// <see cref="DatabaseSetupException"/> naming the server, wherever the connection was first opened.
/// </summary>
internal sealed class UnreachableServerInterceptor : DbConnectionInterceptor
{
    private static readonly AsyncLocal<bool> Probing = new();

    /// <summary>Runs work that asks whether the database exists (and creates it): "no such database" is an answer there.</summary>
    public static async Task<T> ProbeAsync<T>(Func<Task<T>> probe)
    {
        Probing.Value = true;
        try
        {
            return await probe();
        }
        finally
        {
            Probing.Value = false;
        }
    }

    /// <summary>A question of a database that may not exist yet (is it migrated?): no such database answers false.</summary>
    public static async Task<bool> UnlessMissingAsync(Func<Task<bool>> question)
    {
        try
        {
            return await ProbeAsync(question);
        }
        catch (PostgresException e) when (e.SqlState == "3D000")
        {
            return false;
        }
    }

    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Translate(connection, eventData.Exception);

    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Translate(connection, eventData.Exception);
        return Task.CompletedTask;
    }

    private static void Translate(DbConnection connection, Exception exception)
    {
        if (IsUnreachable(exception) && !(Probing.Value && exception is PostgresException { SqlState: "3D000" }))
        {
            var builder = new NpgsqlConnectionStringBuilder(connection.ConnectionString);
            throw new DatabaseSetupException(
                DatabaseMessages.Format("Db_Unreachable", $"{builder.Host}:{builder.Port}", builder.Database, exception.Message), exception);
        }
    }

    // Class 08 (connection), 28 (authorisation), 3D000 (no such database), 57P03 (starting up or shutting down).
    private static bool IsUnreachable(Exception e) => e switch
    {
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("28", StringComparison.Ordinal)
            || p.SqlState is "3D000" or "57P03",
        NpgsqlException n => n.InnerException is SocketException or TimeoutException or IOException || n.IsTransient,
        SocketException or TimeoutException => true,
        _ => false,
    };
}
