using Dashboard.Infrastructure.Modules;
using Dashboard.Infrastructure.Security;

namespace Dashboard.Features.Requests;

/// <summary>Information-lookup requests and their verifications: list, detail, edit, export.</summary>
public sealed class RequestsFeature : IFeature
{
    public int Order => 30;

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddRequests();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapRequests();

    public IEnumerable<NavEntry> Navigation =>
        [new("/requests", MudBlazor.Icons.Material.Filled.ManageSearch, "Nav_Requests", 20, Policies.Sensitive)];
}
