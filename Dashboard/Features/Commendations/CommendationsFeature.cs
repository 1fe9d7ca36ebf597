using Dashboard.Infrastructure.Modules;
using Dashboard.Infrastructure.Security;

namespace Dashboard.Features.Commendations;

/// <summary>Who deserves commendation: the ranked candidates, awards and the nomination workbook.</summary>
public sealed class CommendationsFeature : IFeature
{
    public int Order => 110;

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddCommendations();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCommendations();

    public IEnumerable<NavEntry> Navigation =>
        [new("/commendations", MudBlazor.Icons.Material.Filled.EmojiEvents, "Nav_Commendations", 50, Policies.Sensitive)];
}
