using Dashboard.Features.Identity;
using Dashboard.Infrastructure.Modules;

namespace Dashboard.Features.Settings;

/// <summary>The settings page for Admins (commendation weights and the like).</summary>
public sealed class SettingsFeature : IFeature
{
    public int Order => 120;

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<SettingsCommands>();

    public IEnumerable<NavEntry> Navigation =>
        [new("/admin/settings", MudBlazor.Icons.Material.Filled.Tune, "Nav_Settings", 120, Policies.Admin) { Group = NavGroup.Admin }];
}
