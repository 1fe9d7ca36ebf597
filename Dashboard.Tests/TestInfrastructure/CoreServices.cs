using System.Security.Claims;
using Dashboard.Infrastructure;
using Dashboard.Infrastructure.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.TestInfrastructure;

/// <summary>The product's own service registrations over a migrated temporary SQLite file, acting as a signed-in user.</summary>
public sealed class CoreServices : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dashboard-tests", Guid.NewGuid().ToString("N"));

    private CoreServices(TimeProvider time, string user, IReadOnlyList<string> roles)
    {
        ConnectionString = $"Data Source={Path.Combine(_folder, "dashboard.db")}";
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Dashboard"] = ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddDashboardCore(config);
        services.AddSingleton(time);
        services.AddSingleton<AuthenticationStateProvider>(new SignedIn(user, roles));
        Provider = services.BuildServiceProvider();
    }

    public ServiceProvider Provider { get; }
    public string ConnectionString { get; }

    /// <param name="roles">The signed-in user's roles (none by default), for commands that check them.</param>
    public static async Task<CoreServices> CreateAsync(TimeProvider? time = null, string user = "dieuphoi@test.local", IReadOnlyList<string>? roles = null)
    {
        var services = new CoreServices(time ?? TimeProvider.System, user, roles ?? []);
        await DataRegistration.MigrateAsync(services.Provider);
        return services;
    }

    public T Get<T>() where T : notnull => Provider.GetRequiredService<T>();

    public T Scoped<T>() where T : notnull => Provider.CreateScope().ServiceProvider.GetRequiredService<T>();

    public DashboardDbContext Db() => Get<Microsoft.EntityFrameworkCore.IDbContextFactory<DashboardDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private sealed class SignedIn(string user, IReadOnlyList<string> roles) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, user), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"))));
    }
}
