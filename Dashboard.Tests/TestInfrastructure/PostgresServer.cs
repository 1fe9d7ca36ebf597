using System.Diagnostics;
using Npgsql;

namespace Dashboard.Tests.TestInfrastructure;

/// <summary>
/// The real PostgreSQL server of the PostgreSQL tests. test.sh starts a throwaway cluster and names it in
/// <see cref="Variable"/>; a plain `dotnet test` without it starts its own the same way (tools/test-postgres.sh, which
/// installs Debian's postgresql when missing) and stops it when the test process ends. The tests never skip: without a
/// server they fail with the reason.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "DASHBOARD_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Server = new(StartAsync);

    /// <summary>A new, empty database on the server, for one test (class); drop it with <see cref="DropDatabaseAsync"/>.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var connectionString = await UnusedDatabaseAsync();
        await using (var connection = new NpgsqlConnection(await Server.Value))
        {
            await connection.OpenAsync();
            var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return connectionString;
    }

    /// <summary>The connection string of a database that does not exist yet (for migrate to create); drop it the same way.</summary>
    public static async Task<string> UnusedDatabaseAsync() =>
        new NpgsqlConnectionStringBuilder(await Server.Value) { Database = "dashboard_test_" + Guid.NewGuid().ToString("N") }.ConnectionString;

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using (var c = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(c);
        }
        await using var connection = new NpgsqlConnection(await Server.Value);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<string> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }
        var script = Path.Combine(Repository.Root, "tools", "test-postgres.sh");
        var (code, output, error) = await RunAsync(script, "start");
        if (code != 0)
        {
            throw new InvalidOperationException($"The PostgreSQL tests need a server: {script} start failed ({code}).\n{error}");
        }
        var parts = output.Trim().Split('\t');
        var folder = parts[0];
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RunAsync(script, "stop", folder).GetAwaiter().GetResult();
        return parts[1];
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
