using Dashboard.Infrastructure.Modules;
using Dashboard.Infrastructure.Security;

namespace Dashboard.Features.Incidents;

/// <summary>Incidents against telecom infrastructure: list, detail, edit, export.</summary>
public sealed class IncidentsFeature : IFeature
{
    public int Order => 50;

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddIncidents();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapIncidents();

    public IEnumerable<NavEntry> Navigation =>
        [new("/incidents", MudBlazor.Icons.Material.Filled.ReportProblem, "Nav_Incidents", 30, Policies.Sensitive)];
}
