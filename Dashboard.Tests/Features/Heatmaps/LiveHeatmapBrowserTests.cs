using System.Globalization;
using Dashboard.Features.Identity;
using Dashboard.Features.Incidents;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.Heatmaps;

[Collection(AppHostGroup.Name)]
public sealed class LiveHeatmapBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new(seedDemo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task HeatmapAndItsOpenDrilldown_ShowAnIncidentSavedElsewhere_WithoutAReload()
    {
        var address = _app.StartKestrel();
        var viewer = await TestAccounts.CreateAsync(_app, Roles.Viewer);
        var page = await browser.OpenAsync(address, "/heatmaps", viewer);

        await BrowserFixture.GuardAsync(page, nameof(HeatmapAndItsOpenDrilldown_ShowAnIncidentSavedElsewhere_WithoutAReload), async () =>
        {
            await page.Locator("#updated-at .live-dot").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            var cell = page.Locator("table.heatmap td.clickable").First;
            var (row, column) = (await cell.GetAttributeAsync("data-row"), await cell.GetAttributeAsync("data-col"));
            var count = int.Parse((await cell.GetAttributeAsync("data-count"))!, CultureInfo.InvariantCulture);
            await cell.ClickAsync();
            await Assertions.Expect(page.Locator("#heatmap-drilldown h2")).ToContainTextAsync($": {count} vụ việc");
            var code = (await page.Locator("#heatmap-drilldown td.incident-code").First.TextContentAsync())!.Trim();
            var updatedBefore = await page.Locator("#updated-at").TextContentAsync();

            // Another incident at the same place and hour, saved by someone else: same area, same week, same cell.
            await using (var db = await _app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync())
            {
                var twin = await db.Incidents.AsNoTracking().SingleAsync(i => i.Code == code);
                db.Incidents.Add(new Incident
                {
                    AgreementId = twin.AgreementId, Code = code + "-B", Kind = twin.Kind, AreaId = twin.AreaId, Severity = twin.Severity,
                    OccurredAt = twin.OccurredAt, ReportedAt = twin.ReportedAt, Summary = "Cắt trộm cáp lần hai tại cùng vị trí",
                });
                await db.SaveChangesAsync();
            }

            var next = (count + 1).ToString(CultureInfo.InvariantCulture);
            await Assertions.Expect(page.Locator($"table.heatmap td[data-row='{row}'][data-col='{column}']")).ToHaveAttributeAsync("data-count", next, new() { Timeout = 10_000 });
            await Assertions.Expect(page.Locator("#heatmap-drilldown h2")).ToContainTextAsync($": {next} vụ việc");
            Assert.NotEqual(updatedBefore, await page.Locator("#updated-at").TextContentAsync());
            await BrowserFixture.ScreenshotAsync(page, "heatmaps-live");
        });
    }
}
