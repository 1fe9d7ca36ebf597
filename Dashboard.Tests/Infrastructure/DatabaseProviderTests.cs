using System.Net;
using System.Net.Sockets;
using Dashboard.Cli;
using Dashboard.Features.Agreements;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Infrastructure;

public sealed class DatabaseProviderTests
{
    [Fact]
    public async Task Migrate_ExitsWithAClearMessage_WhenTheProviderIsUnknown()
    {
        var (code, output, error) = await RunAsync("migrate", "--Database:Provider=Oracle");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("Database:Provider không hợp lệ: «Oracle»", error, StringComparison.Ordinal);
        Assert.Contains("Use Sqlite or PostgreSQL", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpis_ExitsWithAClearMessage_WhenThePostgreSqlServerIsUnreachable()
    {
        var port = FreePort();

        var (code, output, error) = await RunAsync("kpis", "--Database:Provider=PostgreSQL",
            $"--ConnectionStrings:Dashboard=Host=127.0.0.1;Port={port};Database=dashboard;Username=dashboard;Timeout=3");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains($"Không kết nối được máy chủ PostgreSQL 127.0.0.1:{port} (cơ sở dữ liệu «dashboard»)", error, StringComparison.Ordinal);
        Assert.Contains($"Cannot reach the PostgreSQL server 127.0.0.1:{port}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_OnPostgreSql_CreatesTheDatabase_AppliesItsMigrations_AndTheProviderNameIgnoresCase()
    {
        var connection = await PostgresServer.UnusedDatabaseAsync();
        try
        {
            var (code, output, error) = await RunAsync("migrate", "--Database:Provider=postgresql", $"--ConnectionStrings:Dashboard={connection}");

            Assert.True(code == 0, error);
            Assert.Contains("Database is up to date", output, StringComparison.Ordinal);
            var builder = new DbContextOptionsBuilder<PostgreSqlDashboardDbContext>();
            DataRegistration.UsePostgreSql(builder, connection);
            await using var db = new PostgreSqlDashboardDbContext(builder.Options, TimeProvider.System);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(2, await db.Agreements.CountAsync());
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connection);
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
