namespace Dashboard.Infrastructure.Modules;

/// <summary>A link of the menu's top level (no group), or a group with all its links, placed where its first link comes.</summary>
public sealed record NavSection(NavGroup? Group, IReadOnlyList<NavEntry> Entries)
{
    public static IReadOnlyList<NavSection> Of(IEnumerable<NavEntry> entries)
    {
        var ordered = entries.OrderBy(e => e.Order).ToList();
        var sections = new List<NavSection>();
        foreach (var entry in ordered)
        {
            if (entry.Group is null)
            {
                sections.Add(new NavSection(null, [entry]));
            }
            else if (!sections.Any(s => s.Group == entry.Group))
            {
                sections.Add(new NavSection(entry.Group, [.. ordered.Where(e => e.Group == entry.Group)]));
            }
        }
        return sections;
    }
}
