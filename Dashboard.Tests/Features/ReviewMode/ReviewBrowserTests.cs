using Dashboard.Features.Identity;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.ReviewMode;

[Collection(AppHostGroup.Name)]
public sealed class ReviewBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new(seedDemo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(1366, 768)]
    public async Task Review_FitsAProjector_AndTheKeysMoveBetweenSections(int width, int height)
    {
        var address = _app.StartKestrel();
        var leader = await TestAccounts.CreateAsync(_app, Roles.Leader);
        var page = await browser.OpenAsync(address, "/review", leader, width, height);
        var name = $"review-{width}x{height}";

        await BrowserFixture.GuardAsync(page, name, async () =>
        {
            await Assertions.Expect(page.Locator("[data-figure=received] .now")).Not.ToBeEmptyAsync();
            await Assertions.Expect(page.Locator("#review-summary-text")).ToContainTextAsync("hai bên đã phối hợp thực hiện");
            Assert.Equal(0, await page.Locator(".mud-drawer").CountAsync());
            // Nothing wider than the screen: no horizontal scrolling on a projector.
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "horizontal overflow");
            await BrowserFixture.ScreenshotAsync(page, name);

            await page.Keyboard.PressAsync("PageDown");
            await Assertions.Expect(page.Locator("#review-figures")).ToBeFocusedAsync();
            await BrowserFixture.ScreenshotAsync(page, name + "-figures");
            await page.Keyboard.PressAsync("ArrowRight");
            await Assertions.Expect(page.Locator("#review-heatmap")).ToBeFocusedAsync();
            // The read-only grid arrives as one piece of markup: the browser still builds a row per weekday, a cell per hour.
            await Assertions.Expect(page.Locator("#review-heatmap table.heatmap tbody tr")).ToHaveCountAsync(7);
            await Assertions.Expect(page.Locator("#review-heatmap table.heatmap tbody td[data-count]")).ToHaveCountAsync(7 * 24);
            await Assertions.Expect(page.Locator("#review-heatmap tbody th.row-label").First).ToHaveTextAsync("T2");
            await BrowserFixture.ScreenshotAsync(page, name + "-heatmap");
            await page.Keyboard.PressAsync("ArrowRight");
            await Assertions.Expect(page.Locator("#review-candidates")).ToBeFocusedAsync();
            await BrowserFixture.ScreenshotAsync(page, name + "-candidates");
            await page.Keyboard.PressAsync("PageDown");
            await Assertions.Expect(page.Locator("#review-summary")).ToBeFocusedAsync();
            await page.Locator(".review-lang button", new() { HasText = "English" }).ClickAsync();
            await Assertions.Expect(page.Locator("#review-summary-text")).ToContainTextAsync("the two sides have jointly handled");
            await BrowserFixture.ScreenshotAsync(page, name + "-summary");
            await page.Keyboard.PressAsync("PageUp");
            await Assertions.Expect(page.Locator("#review-candidates")).ToBeFocusedAsync();
        });
    }

    [Fact]
    public async Task Review_PrintsOnA4Landscape()
    {
        var address = _app.StartKestrel();
        var leader = await TestAccounts.CreateAsync(_app, Roles.Admin);
        var page = await browser.OpenAsync(address, "/review", leader, 1366, 768);

        await BrowserFixture.GuardAsync(page, nameof(Review_PrintsOnA4Landscape), async () =>
        {
            await Assertions.Expect(page.Locator("#review-summary-text")).ToContainTextAsync("hai bên đã phối hợp thực hiện");
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            Assert.False(await page.Locator("#review-print").IsVisibleAsync());
            Assert.False(await page.Locator("#agreement-picker").IsVisibleAsync());
            var path = Path.Combine(BrowserFixture.ArtifactsFolder, "review-print.pdf");
            var pdf = await page.PdfAsync(new() { Path = path, Format = "A4", Landscape = true, PrintBackground = true, PreferCSSPageSize = true });
            var text = System.Text.Encoding.Latin1.GetString(pdf);
            Assert.StartsWith("%PDF", text);
            // The header with the figures, then one page for each of the other three sections.
            Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(text, @"/Type\s*/Page[^s]"));
        });
    }
}
