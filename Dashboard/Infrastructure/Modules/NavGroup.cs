using Dashboard.Infrastructure.Security;

namespace Dashboard.Infrastructure.Modules;

/// <summary>A titled, expanded group of links in the navigation menu, shown where its first link comes, to who meets its policy.</summary>
public sealed record NavGroup(string TitleKey, string Icon, string Policy)
{
    /// <summary>Users, recipients, settings and the job dashboard.</summary>
    public static NavGroup Admin { get; } = new("Nav_Admin", MudBlazor.Icons.Material.Filled.AdminPanelSettings, Policies.Admin);
}
