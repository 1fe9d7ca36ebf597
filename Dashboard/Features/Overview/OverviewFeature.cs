using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Modules;
using Dashboard.Infrastructure.Web;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Features.Overview;

/// <summary>The home page's figures, for every signed-in role.</summary>
public sealed class OverviewFeature : IFeature
{
    public int Order => 40;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<OverviewQueries>();
        services.AddSingleton<OverviewLoader>();
        services.TryAddSingleton<SharedFigures>();
        services.TryAddSingleton<StaticSections>();
    }

    /// <summary>Matched exactly: every path starts with "/".</summary>
    public IEnumerable<NavEntry> Navigation =>
        [new("/", MudBlazor.Icons.Material.Filled.Dashboard, "Nav_Overview", 10) { Match = NavLinkMatch.All }];
}
