using Dashboard.Infrastructure.Modules;
using Dashboard.Infrastructure.Security;

namespace Dashboard.Infrastructure.Jobs;

/// <summary>
/// The job dashboard's link only: Hangfire itself is the web host's (<see cref="JobsRegistration"/>, called from
/// WebRegistration, where its place among the hosted services is kept).
/// </summary>
public sealed class JobsFeature : IFeature
{
    public int Order => 140;

    /// <summary>Hangfire's own pages, not a Blazor route: a full page load.</summary>
    public IEnumerable<NavEntry> Navigation =>
    [
        new(JobsRegistration.DashboardPath, MudBlazor.Icons.Material.Filled.Schedule, "Nav_Jobs", 130, Policies.Admin)
        {
            Group = NavGroup.Admin,
            ForceLoad = true,
        },
    ];
}
