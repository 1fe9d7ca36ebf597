using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Modules;
using Dashboard.Infrastructure.Security;
using Dashboard.Infrastructure.Web;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Features.ReviewMode;

/// <summary>Review mode: the figures on a projector at the review meetings, for leadership.</summary>
public sealed class ReviewModeFeature : IFeature
{
    public int Order => 130;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ReviewLoader>();
        services.TryAddSingleton<SharedFigures>();
        services.TryAddSingleton<StaticSections>();
    }

    public IEnumerable<NavEntry> Navigation =>
        [new("/review", MudBlazor.Icons.Material.Filled.CoPresent, "Nav_Review", 60, Policies.Leadership)];
}
