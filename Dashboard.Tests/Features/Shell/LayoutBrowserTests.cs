using Dashboard.Features.Identity;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.Shell;

/// <summary>Every page at projector, laptop and tablet size: nothing wider than the window; a screenshot of each is kept.</summary>
[Collection(AppHostGroup.Name)]
public sealed class LayoutBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private static readonly string[] Pages =
    [
        "/", "/requests", "/requests/new", "/requests/1", "/incidents", "/incidents/new", "/incidents/1", "/heatmaps", "/commendations",
        "/review", "/digests", "/import", "/audit", "/admin/users", "/admin/recipients", "/admin/settings",
    ];

    private readonly DashboardAppFactory _app = new(seedDemo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(1366, 768)]
    [InlineData(768, 1024)]
    public async Task EveryPage_FitsTheWindow(int width, int height)
    {
        var address = _app.StartKestrel();
        var admin = await TestAccounts.CreateAsync(_app, Roles.Admin);
        var page = await browser.OpenAsync(address, "/", admin, width, height);
        var overflowing = new List<string>();

        await BrowserFixture.GuardAsync(page, $"{nameof(EveryPage_FitsTheWindow)}-{width}", async () =>
        {
            foreach (var path in Pages)
            {
                await page.GotoAsync(path);
                await BrowserFixture.WaitForCircuitAsync(page);
                await page.WaitForTimeoutAsync(700);
                var excess = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                if (excess > 1)
                {
                    overflowing.Add($"{path}: {excess}px wider than the window");
                }
                var name = path == "/" ? "overview" : path.Trim('/').Replace('/', '-');
                await BrowserFixture.ScreenshotAsync(page, $"layout-{width}x{height}-{name}");
            }
            Assert.True(overflowing.Count == 0, string.Join(Environment.NewLine, overflowing));
        });
    }
}
