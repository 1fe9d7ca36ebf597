using Dashboard.Features.Agreements;
using Dashboard.Features.Identity;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.Overview;

[Collection(AppHostGroup.Name)]
public sealed class LiveOverviewBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new(seedDemo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Overview_ShowsARequestSavedInAnotherBrowser_WithoutAReload()
    {
        var address = _app.StartKestrel();
        var leader = await TestAccounts.CreateAsync(_app, Roles.Leader);
        var coordinator = await TestAccounts.CreateAsync(_app, Roles.Coordinator);
        var overview = await browser.OpenAsync(address, "/", leader, 1920, 1080);
        var entry = await browser.OpenAsync(address, "/requests/new", coordinator);

        await BrowserFixture.GuardAsync(overview, nameof(Overview_ShowsARequestSavedInAnotherBrowser_WithoutAReload), async () =>
        {
            var received = overview.Locator("[data-kpi=received]");
            var before = int.Parse((await received.TextContentAsync())!.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            var updatedBefore = await overview.Locator("#updated-at").TextContentAsync();
            await BrowserFixture.ScreenshotAsync(overview, "overview-1920x1080");

            await entry.Locator("#reference").FillAsync("999/CV-PA05");
            await entry.Locator("#subject").FillAsync("Xác minh thuê bao phục vụ điều tra vụ trộm cáp tại Yên Minh");
            await entry.GetByLabel("Đơn vị yêu cầu").ClickAsync();
            await entry.GetByRole(AriaRole.Option).First.ClickAsync();
            await entry.Locator("#save").ClickAsync();
            await Assertions.Expect(entry.Locator("h1")).ToHaveTextAsync("999/CV-PA05");

            // The overview page was not touched: the figure and the time stamp change by themselves.
            await Assertions.Expect(received).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = 5_000 });
            Assert.NotEqual(updatedBefore, await overview.Locator("#updated-at").TextContentAsync());
            await Assertions.Expect(overview.Locator(".due-table")).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task AgreementPicker_ListsEveryAgreementWhenOpened_AndSwitchesTheFigures()
    {
        var address = _app.StartKestrel();
        var leader = await TestAccounts.CreateAsync(_app, Roles.Leader);
        var overview = await browser.OpenAsync(address, "/", leader, 1366, 768);
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var agreements = await db.Agreements.CountAsync();

        await BrowserFixture.GuardAsync(overview, nameof(AgreementPicker_ListsEveryAgreementWhenOpened_AndSwitchesTheFigures), async () =>
        {
            var received = overview.Locator("[data-kpi=received]");
            await Assertions.Expect(received).Not.ToBeEmptyAsync();
            var one = Number(await received.TextContentAsync());
            var field = overview.Locator(".mud-select").First;
            await Assertions.Expect(field.Locator("input").First).Not.ToHaveValueAsync("");
            Assert.Equal(0, await overview.Locator(".mud-list-item").CountAsync());

            await field.ClickAsync();
            var items = overview.Locator(".mud-popover-open .mud-list-item");
            await Assertions.Expect(items).ToHaveCountAsync(agreements + 1);
            await BrowserFixture.ScreenshotAsync(overview, "overview-agreement-picker");
            await items.Filter(new() { HasText = "Tất cả quy chế" }).ClickAsync();

            await Assertions.Expect(field.Locator("input").First).ToHaveValueAsync("Tất cả quy chế");
            await Assertions.Expect(overview.Locator(".mud-list-item")).ToHaveCountAsync(0);
            await overview.WaitForFunctionAsync(
                "n => Number(document.querySelector('[data-kpi=received]').textContent.replaceAll('.', '')) > n", one);
        });
    }

    private static int Number(string? text) =>
        int.Parse(text!.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
