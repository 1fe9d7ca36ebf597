using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.TestInfrastructure;

/// <summary>
/// The whole app over a temporary SQLite file, or over a given (migrated) PostgreSQL database: several hosts on one
/// database are the nodes of one installation. <see cref="StartKestrel"/> puts it on a real socket for browsers.
/// </summary>
public class DashboardAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public DashboardAppFactory(bool seedDemo = false, IDictionary<string, string?>? settings = null, string? postgreSql = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "dashboard-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        ConnectionString = postgreSql ?? $"Data Source={Path.Combine(Folder, "dashboard.db")}";
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = postgreSql is null ? "Sqlite" : "PostgreSQL",
            ["ConnectionStrings:Dashboard"] = ConnectionString,
            ["Demo:SeedOnStart"] = seedDemo ? "true" : "false",
            // No job server unless a test asks for one (Hangfire:Server:Enabled=true): it polls, and other tests need not wait for it.
            ["Hangfire:Server:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string Folder { get; }
    public string ConnectionString { get; }

    /// <summary>Services put over the app's own (a stand-in for one part), applied after the app registered its own.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Base address of the real Kestrel server (after <see cref="StartKestrel"/>).</summary>
    public Uri? Address { get; private set; }

    /// <summary>Starts the app on a real socket: any free port, or <paramref name="port"/> (a restarted server on the same address).</summary>
    public Uri StartKestrel(int port = 0)
    {
        UseKestrel(port);
        StartServer();
        var server = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>();
        var feature = server.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!;
        Address = new Uri(feature.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        return Address;
    }

    /// <summary>Stops listening and drops every connection, open pages' included, as a restart would; the database file stays.</summary>
    public async Task StopServerAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().StopAsync(patience.Token);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await BrowserFixture.CloseOpenContextsAsync();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a background reader is left for the OS to clean.
        }
    }
}
