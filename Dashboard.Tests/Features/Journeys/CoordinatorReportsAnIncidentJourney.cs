using System.Text.RegularExpressions;
using Dashboard.Features.Identity;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.Journeys;

/// <summary>A coordinator reports an incident, then finds it behind its cell of this week's heat map.</summary>
[Collection(AppHostGroup.Name)]
public sealed partial class CoordinatorReportsAnIncidentJourney(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new(seedDemo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Coordinator_ReportsAnIncident_AndFindsItInTheHeatmapDrilldown()
    {
        var address = _app.StartKestrel();
        var coordinator = await TestAccounts.CreateAsync(_app, Roles.Coordinator);
        var page = await browser.OpenAsync(address, "/incidents/new", coordinator, 1920, 1080);

        await BrowserFixture.GuardAsync(page, nameof(Coordinator_ReportsAnIncident_AndFindsItInTheHeatmapDrilldown), async () =>
        {
            // The occurrence time defaults to now, so the incident belongs to this week.
            await page.Locator("#code").FillAsync("SC-HANHTRINH-01");
            await page.GetByLabel("Loại vụ việc").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Trộm cắp cáp" }).ClickAsync();
            await page.GetByLabel("Địa bàn", new() { Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Vị Xuyên (030)" }).ClickAsync();
            await page.Locator("#summary").FillAsync("Trộm 120 m cáp đồng tuyến Vị Xuyên – Việt Lâm");
            await page.Locator("#save").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(IncidentAddress());
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("SC-HANHTRINH-01");

            await page.GotoAsync("/heatmaps");
            await BrowserFixture.WaitForCircuitAsync(page);
            await page.GetByText("Tuần này", new() { Exact = true }).ClickAsync();
            await page.GetByText("Khu vực × loại vụ việc", new() { Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("table.heatmap.shape-areabykind")).ToBeVisibleAsync();
            var row = page.Locator("table.heatmap tbody tr").Filter(new() { Has = page.Locator("th.row-label", new() { HasTextRegex = ViXuyen() }) });
            var cell = row.Locator("td[data-col=CableTheft]");
            await Assertions.Expect(cell).Not.ToHaveAttributeAsync("data-count", "0");
            await cell.ClickAsync();
            var drilldown = page.Locator("#heatmap-drilldown");
            await Assertions.Expect(drilldown.Locator("tbody tr", new() { HasText = "SC-HANHTRINH-01" })).ToContainTextAsync("Trộm cắp cáp");
            await drilldown.ScrollIntoViewIfNeededAsync();
            await BrowserFixture.ScreenshotAsync(page, "journey-incident-heatmap-1920x1080");
        });
    }

    [GeneratedRegex("/incidents/\\d+$")]
    private static partial Regex IncidentAddress();

    [GeneratedRegex("Vị Xuyên")]
    private static partial Regex ViXuyen();
}
