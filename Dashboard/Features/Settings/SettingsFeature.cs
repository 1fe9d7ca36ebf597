using Dashboard.Infrastructure.Modules;
using Dashboard.Infrastructure.Security;

namespace Dashboard.Features.Settings;

/// <summary>The settings page for Admins: the sections features register (<see cref="SettingsSection"/>), such as the commendation weights.</summary>
public sealed class SettingsFeature : IFeature
{
    public int Order => 120;

    public IEnumerable<NavEntry> Navigation =>
        [new("/admin/settings", MudBlazor.Icons.Material.Filled.Tune, "Nav_Settings", 120, Policies.Admin) { Group = NavGroup.Admin }];
}
