using System.Globalization;
using System.Net;
using Dashboard.Features.Identity;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.Heatmaps;

[Collection(AppHostGroup.Name)]
public sealed class HeatmapsBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new(seedDemo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Nothing is wider than the window: long week ranges scroll inside their card.</summary>
    private static async Task AssertNoPageOverflowAsync(IPage page)
    {
        // Let the toggles finish their transition, so the screenshot that follows shows the settled page.
        await page.WaitForTimeoutAsync(400);
        var (scroll, inner) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("window.innerWidth"));
        Assert.True(scroll <= inner, $"the page is {scroll} px wide in a {inner} px window");
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(1366, 768)]
    public async Task Viewer_ClicksACell_AndSeesItsIncidents(int width, int height)
    {
        var address = _app.StartKestrel();
        var viewer = await TestAccounts.CreateAsync(_app, Roles.Viewer);
        var page = await browser.OpenAsync(address, "/heatmaps", viewer, width, height);
        var size = $"{width}x{height}";

        await BrowserFixture.GuardAsync(page, nameof(Viewer_ClicksACell_AndSeesItsIncidents) + size, async () =>
        {
            var cells = page.Locator("table.heatmap td.clickable");
            await cells.First.WaitForAsync();
            await AssertNoPageOverflowAsync(page);
            await BrowserFixture.ScreenshotAsync(page, $"heatmaps-week-{size}", fullPage: true);

            var cell = cells.First;
            var count = int.Parse((await cell.GetAttributeAsync("data-count"))!, CultureInfo.InvariantCulture);
            await cell.ClickAsync();
            await Assertions.Expect(page.Locator("#heatmap-drilldown tbody tr")).ToHaveCountAsync(Math.Min(count, 25));
            await Assertions.Expect(page.Locator("#heatmap-drilldown h2")).ToContainTextAsync($": {count} vụ việc");
            await Assertions.Expect(page.Locator("#heatmap-drilldown a[href^='/incidents/']")).ToHaveCountAsync(0);
            await page.Locator("#heatmap-drilldown").ScrollIntoViewIfNeededAsync();
            await AssertNoPageOverflowAsync(page);
            // The app bar is fixed: a full-page shot of a scrolled page would paint it mid-page, so this one is the window.
            await BrowserFixture.ScreenshotAsync(page, $"heatmaps-drilldown-{size}");
            await page.EvaluateAsync("window.scrollTo(0, 0)");

            await page.GetByText("Khu vực × loại vụ việc", new() { Exact = true }).ClickAsync();
            await page.GetByText("Hiện số", new() { Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("table.heatmap.shape-areabykind.with-values")).ToBeVisibleAsync();
            await AssertNoPageOverflowAsync(page);
            await BrowserFixture.ScreenshotAsync(page, $"heatmaps-kind-values-{size}", fullPage: true);

            await page.GetByText("Thứ × giờ", new() { Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("table.heatmap tbody tr")).ToHaveCountAsync(7);
            await AssertNoPageOverflowAsync(page);
            await BrowserFixture.ScreenshotAsync(page, $"heatmaps-hour-{size}", fullPage: true);
        });
    }

    [Fact]
    public async Task Export_OpensForAViewer_AndRefusesABadShapeInVietnamese()
    {
        using var client = await TestAccounts.ClientAsync(_app, Roles.Viewer);

        var ok = await client.GetAsync(new Uri("/heatmaps/export?agreement=QCPH-2023&from=2026-01-01&to=2026-07-01&shape=areaByMonth&level=province", UriKind.Relative));
        var bad = await client.GetAsync(new Uri("/heatmaps/export?agreement=QCPH-2023&shape=map", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ok.Content.Headers.ContentType?.MediaType);
        using var wb = new ClosedXML.Excel.XLWorkbook(await ok.Content.ReadAsStreamAsync());
        Assert.Equal("Hà Giang", wb.Worksheet(1).Cell(5, 1).GetString());
        Assert.Equal("01/2026", wb.Worksheet(1).Cell(4, 2).GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Dạng bản đồ nhiệt không hợp lệ", await bad.Content.ReadAsStringAsync());
    }
}
