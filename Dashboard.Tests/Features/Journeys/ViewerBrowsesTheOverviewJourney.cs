using Dashboard.Features.Identity;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.Journeys;

/// <summary>A Viewer browses the overview and the heat maps and finds no request subject or reference anywhere.</summary>
[Collection(AppHostGroup.Name)]
public sealed class ViewerBrowsesTheOverviewJourney(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new(seedDemo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Viewer_SeesFiguresAndCharts_ButNoSubjectAnywhere()
    {
        var address = _app.StartKestrel();
        var viewer = await TestAccounts.CreateAsync(_app, Roles.Viewer);
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var secrets = await db.Requests.Select(r => r.Subject).Concat(db.Requests.Select(r => r.ReferenceNo)).Distinct().ToListAsync();
        var page = await browser.OpenAsync(address, "/", viewer, 1366, 768);

        await BrowserFixture.GuardAsync(page, nameof(Viewer_SeesFiguresAndCharts_ButNoSubjectAnywhere), async () =>
        {
            await Assertions.Expect(page.Locator("[data-kpi=received]")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Yêu cầu tra cứu" })).ToHaveCountAsync(0);
            foreach (var kind in new[] { "Tuần này", "Tháng này", "Năm nay", "Từ đầu quy chế" })
            {
                await page.Locator(".mud-toggle-group").GetByText(kind, new() { Exact = true }).ClickAsync();
                await page.WaitForTimeoutAsync(500);
                var text = await page.ContentAsync();
                Assert.DoesNotContain(secrets, s => text.Contains(s, StringComparison.Ordinal));
            }
            await BrowserFixture.ScreenshotAsync(page, "journey-viewer-overview");
            await page.GotoAsync("/heatmaps");
            await BrowserFixture.WaitForCircuitAsync(page);
            var html = await page.ContentAsync();
            Assert.DoesNotContain(secrets, s => html.Contains(s, StringComparison.Ordinal));
        });
    }
}
