using System.Diagnostics;
using Dashboard.Features.Digests;
using Dashboard.Features.Identity;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.Nodes;

/// <summary>An open page on node B follows what is saved through node A, without a reload (LISTEN/NOTIFY).</summary>
[Collection(AppHostGroup.Name)]
public sealed class LivePagesAcrossNodesTests(BrowserFixture browser)
{
    [Fact]
    public async Task ADigestRunBuiltOnNodeA_AppearsOnNodeBsDigestPage_WithinTwoSeconds()
    {
        await using var nodes = await TwoNodes.StartAsync(kestrel: true);
        var (week, agreements) = await nodes.DigestWeekAsync();
        var admin = await TestAccounts.CreateAsync(nodes.A, Roles.Admin);
        var page = await browser.OpenAsync(nodes.B.Address!, "/digests", admin, 1366, 768);
        await nodes.ListenerAsync(nodes.B);

        await BrowserFixture.GuardAsync(page, nameof(ADigestRunBuiltOnNodeA_AppearsOnNodeBsDigestPage_WithinTwoSeconds), async () =>
        {
            var runs = page.Locator("#digest-runs");
            await Assertions.Expect(runs).ToHaveCountAsync(0); // no run yet: the page says so instead of showing a table
            await WaitForLivePageAsync(nodes.B);

            // Built (the workbooks take a while) and committed on node A; from the commit on, node B's page has 2 s.
            await nodes.A.Services.GetRequiredService<DigestRuns>().FindOrBuildAsync(agreements[0], week, DigestScope.Leadership);
            var clock = Stopwatch.StartNew();
            await Assertions.Expect(runs).ToContainTextAsync(week.ToString(), new() { Timeout = 2_000 });

            await BrowserFixture.ScreenshotAsync(page, "node-b-digests-after-node-a-built-a-run");
            Console.WriteLine($"Node A's digest run on node B's page {clock.ElapsedMilliseconds} ms after its commit");
        });
    }

    [Fact]
    public async Task ARequestSavedThroughNodeA_AppearsOnNodeBsOverview_WithinTwoSeconds()
    {
        await using var nodes = await TwoNodes.StartAsync(kestrel: true, stubFigures: false);
        await using (var db = nodes.Database.CreateDbContext())
        {
            db.Units.Add(new Unit { Code = "PA05", Name = "Phòng An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao", Agency = Agency.Police });
            await db.SaveChangesAsync();
        }
        var leader = await TestAccounts.CreateAsync(nodes.A, Roles.Leader);
        var coordinator = await TestAccounts.CreateAsync(nodes.A, Roles.Coordinator);
        var overview = await browser.OpenAsync(nodes.B.Address!, "/", leader, 1920, 1080);
        var entry = await browser.OpenAsync(nodes.A.Address!, "/requests/new", coordinator);
        await nodes.ListenerAsync(nodes.B);

        await BrowserFixture.GuardAsync(overview, nameof(ARequestSavedThroughNodeA_AppearsOnNodeBsOverview_WithinTwoSeconds), async () =>
        {
            var received = overview.Locator("[data-kpi=received]");
            var before = int.Parse((await received.TextContentAsync())!.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            await WaitForLivePageAsync(nodes.B);

            await entry.Locator("#reference").FillAsync("999/CV-PA05");
            await entry.Locator("#subject").FillAsync("Xác minh thuê bao phục vụ điều tra vụ trộm cáp tại Yên Minh");
            await entry.GetByLabel("Đơn vị yêu cầu").ClickAsync();
            await entry.GetByRole(AriaRole.Option).First.ClickAsync();
            await entry.Locator("#save").ClickAsync();
            await Assertions.Expect(entry.Locator("h1")).ToHaveTextAsync("999/CV-PA05");

            await Assertions.Expect(received).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = 2_000 });
        });
    }

    /// <summary>The page's live subscription on node B is in place (it is made after the first interactive render).</summary>
    private static async Task WaitForLivePageAsync(DashboardAppFactory node)
    {
        var notifier = node.Services.GetRequiredService<DataChangeNotifier>();
        for (var waited = 0; notifier.ListenerCount == 0; waited += 50)
        {
            Assert.True(waited < 20_000, "the page on node B never subscribed to live updates");
            await Task.Delay(50);
        }
    }
}
