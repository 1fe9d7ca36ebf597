using Microsoft.AspNetCore.Components.Routing;

namespace Dashboard.Infrastructure.Modules;

/// <summary>
/// One link of the navigation menu: <paramref name="LabelKey"/> names a string of SharedResource, <paramref name="Policy"/>
/// hides the link from whoever does not meet it (null: shown to everyone), <paramref name="Order"/> places it among all
/// features' links.
/// </summary>
public sealed record NavEntry(string Href, string Icon, string LabelKey, int Order, string? Policy = null)
{
    /// <summary>The group the link sits in; null: the top level.</summary>
    public NavGroup? Group { get; init; }

    /// <summary>Prefix by default, so a record's detail page still marks its list; All for the root.</summary>
    public NavLinkMatch Match { get; init; } = NavLinkMatch.Prefix;

    /// <summary>A full page load, for pages that are not Blazor routes (the job dashboard).</summary>
    public bool ForceLoad { get; init; }
}
