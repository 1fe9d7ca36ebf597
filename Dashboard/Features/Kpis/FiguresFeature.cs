using System.CommandLine;
using Dashboard.Infrastructure.Modules;

namespace Dashboard.Features.Kpis;

/// <summary>The figures of SPEC §3 and the heat maps' numbers: the JSON API and the `kpis` and `heatmap` verbs.</summary>
public sealed class FiguresFeature : IFeature
{
    public int Order => 70;

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddFigures();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapFiguresApi();

    public IEnumerable<Command> Verbs(Func<IServiceProvider> services) => [FigureVerbs.Kpis(services), FigureVerbs.Heatmap(services)];
}
