using System.CommandLine;
using Dashboard.Infrastructure.Modules;

namespace Dashboard.Features.Heatmaps;

/// <summary>The heat maps: the page and its export, for every signed-in role (no request subject on them), GET /api/heatmap and the `heatmap` verb.</summary>
public sealed class HeatmapsFeature : IFeature
{
    public int Order => 80;

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddHeatmaps();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapHeatmaps();

    public IEnumerable<Command> Verbs(Func<IServiceProvider> services) => [HeatmapVerb.Create(services)];

    public IEnumerable<NavEntry> Navigation => [new("/heatmaps", MudBlazor.Icons.Material.Filled.GridOn, "Nav_Heatmaps", 40)];
}
