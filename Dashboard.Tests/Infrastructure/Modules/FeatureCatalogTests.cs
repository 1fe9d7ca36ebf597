using Dashboard.Infrastructure.Jobs;
using Dashboard.Infrastructure.Modules;
using Dashboard.Infrastructure.Security;

namespace Dashboard.Tests.Infrastructure.Modules;

public sealed class FeatureCatalogTests
{
    /// <summary>Every link of the menu, in its order, as an Admin (who may see them all) sees them.</summary>
    private static readonly string[] AdminMenu =
    [
        "/", "/requests", "/incidents", "/heatmaps", "/commendations", "/review", "/import", "/digests", "/audit",
        "/admin/users", "/admin/recipients", "/admin/settings", "/hangfire",
    ];

    [Fact]
    public void Navigation_IsEveryFeaturesLinks_InTheMenusOrder()
    {
        Assert.Equal(AdminMenu, FeatureCatalog.Navigation.Select(e => e.Href));
    }

    [Fact]
    public void NavSections_PutTheAdminGroupLast_WithItsFourLinks()
    {
        var sections = NavSection.Of(FeatureCatalog.Navigation);

        Assert.Equal(10, sections.Count);
        Assert.All(sections.SkipLast(1), s => Assert.Null(s.Group));
        Assert.Equal(NavGroup.Admin, sections[^1].Group);
        Assert.Equal(["/admin/users", "/admin/recipients", "/admin/settings", "/hangfire"], sections[^1].Entries.Select(e => e.Href));
        Assert.True(sections[^1].Entries.Single(e => e.Href == JobsRegistration.DashboardPath).ForceLoad);
        Assert.All(sections[^1].Entries, e => Assert.Equal(Policies.Admin, e.Policy));
    }

    [Fact]
    public void Verbs_AreTheFeaturesOwn_InTheirOrder()
    {
        var names = FeatureCatalog.Verbs(() => throw new InvalidOperationException("no verb runs here")).Select(c => c.Name);

        Assert.Equal(["users", "seed", "kpis", "heatmap", "import", "digest"], names);
    }

    [Fact]
    public void All_FindsOneFeaturePerFeatureFolder_OrderedByTheirOrder()
    {
        var names = FeatureCatalog.All.Select(f => f.GetType().Name).ToList();

        Assert.Contains("IncidentsFeature", names);
        Assert.Equal(14, names.Count);
        Assert.Equal(FeatureCatalog.All.Select(f => f.Order).Order(), FeatureCatalog.All.Select(f => f.Order));
    }
}
