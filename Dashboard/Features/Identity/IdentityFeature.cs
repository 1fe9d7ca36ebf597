using System.CommandLine;
using Dashboard.Infrastructure.Modules;
using Dashboard.Infrastructure.Security;

namespace Dashboard.Features.Identity;

/// <summary>Accounts and sign-in: first, as the others' pages and endpoints rely on its authorization.</summary>
public sealed class IdentityFeature : IFeature
{
    public int Order => 10;

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddDashboardIdentityCore(configuration);

    public void AddWebServices(IServiceCollection services, IConfiguration configuration) => services.AddDashboardIdentityWeb(configuration);

    /// <summary>A user with a one-time password reaches only the password page (after sign-in is known, before any endpoint).</summary>
    public void UseAfterAuthentication(IApplicationBuilder app) => app.UsePasswordChangeGate();

    /// <summary>In Development, the demo accounts of every role (before the demo data, which comes later).</summary>
    public async Task OnWebStartAsync(WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            await DemoAccounts.EnsureAsync(app.Services);
        }
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapIdentityEndpoints();

    public IEnumerable<Command> Verbs(Func<IServiceProvider> services) => [UsersVerb.Create(services)];

    public IEnumerable<NavEntry> Navigation =>
        [new("/admin/users", MudBlazor.Icons.Material.Filled.People, "Nav_Users", 100, Policies.Admin) { Group = NavGroup.Admin }];
}
