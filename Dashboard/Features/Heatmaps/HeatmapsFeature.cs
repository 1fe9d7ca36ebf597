using Dashboard.Infrastructure.Modules;

namespace Dashboard.Features.Heatmaps;

/// <summary>The heat-map page and its export, for every signed-in role (no request subject on it).</summary>
public sealed class HeatmapsFeature : IFeature
{
    public int Order => 80;

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddHeatmaps();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapHeatmaps();

    public IEnumerable<NavEntry> Navigation => [new("/heatmaps", MudBlazor.Icons.Material.Filled.GridOn, "Nav_Heatmaps", 40)];
}
