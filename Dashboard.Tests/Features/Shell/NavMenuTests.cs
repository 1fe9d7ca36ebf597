using Bunit;
using Dashboard.Components.Layout;
using Dashboard.Features.Identity;
using Dashboard.Infrastructure.Security;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.Shell;

public sealed class NavMenuTests : MudTestContext
{
    [Fact]
    public void NavMenu_LinksEveryRouteOfTheSpec_InVietnamese_ForAnAdmin()
    {
        var auth = Auth;
        auth.SetAuthorized("admin@demo.local");
        auth.SetRoles(Roles.Admin);
        auth.SetPolicies(Policies.Sensitive, Policies.DataEntry, Policies.Leadership, Policies.Admin);
        var menu = Render<NavMenu>();

        var hrefs = menu.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        string[] routes = ["/", "/requests", "/incidents", "/heatmaps", "/commendations", "/review", "/digests", "/import", "/audit",
            "/admin/users", "/admin/recipients", "/admin/settings"];
        foreach (var route in routes)
        {
            Assert.Contains(route, hrefs);
        }
        Assert.Contains("Yêu cầu tra cứu", menu.Markup);
        Assert.Contains("Vụ việc xâm hại", menu.Markup);
        Assert.Contains("Chế độ họp sơ kết", menu.Markup);
    }

    [Fact]
    public void NavMenu_ShowsTheFeaturesLinksInTheirOrder_WithTheAdminGroupOpen_ForAnAdmin()
    {
        var auth = Auth;
        auth.SetAuthorized("admin@demo.local");
        auth.SetRoles(Roles.Admin);
        auth.SetPolicies(Policies.Sensitive, Policies.DataEntry, Policies.Leadership, Policies.Admin);
        var menu = Render<NavMenu>();

        var hrefs = menu.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/", "/requests", "/incidents", "/heatmaps", "/commendations", "/review", "/import", "/digests", "/audit",
            "/admin/users", "/admin/recipients", "/admin/settings", "/hangfire"], hrefs);
        Assert.Contains("Quản trị", menu.Markup);
        Assert.Contains("Người dùng", menu.Find(".mud-nav-group").TextContent);
    }

    [Fact]
    public void NavMenu_HidesRecordsAndAdministration_FromAViewer()
    {
        var auth = Auth;
        auth.SetAuthorized("xem@demo.local");
        auth.SetRoles(Roles.Viewer);
        var menu = Render<NavMenu>();

        var hrefs = menu.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/", "/heatmaps"], hrefs);
    }
}

public sealed class NavMenuEnglishTests() : MudTestContext("en-GB")
{
    [Fact]
    public void NavMenu_SpeaksEnglish_WhenTheUserSwitched()
    {
        var auth = Auth;
        auth.SetAuthorized("lanhdao@demo.local");
        auth.SetPolicies(Policies.Sensitive);
        var menu = Render<NavMenu>();

        Assert.Contains("Requests", menu.Markup);
        Assert.DoesNotContain("Yêu cầu tra cứu", menu.Markup);
    }
}
