using Dashboard.Features.Identity;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.Incidents;

[Collection(AppHostGroup.Name)]
public sealed class IncidentsBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new(seedDemo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Coordinator_ReportsAnIncident_AndFindsItInTheList()
    {
        var address = _app.StartKestrel();
        var coordinator = await TestAccounts.CreateAsync(_app, Roles.Coordinator);
        var page = await browser.OpenAsync(address, "/incidents/new", coordinator);

        await BrowserFixture.GuardAsync(page, nameof(Coordinator_ReportsAnIncident_AndFindsItInTheList), async () =>
        {
            await page.Locator("#code").FillAsync("SC-TEST-0777");
            await page.GetByLabel("Loại vụ việc").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Trộm cắp cáp" }).ClickAsync();
            await page.GetByLabel("Địa bàn", new() { Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Vị Xuyên (030)" }).ClickAsync();
            // The list's closing render must be done before typing on: it would put the old value back into the field.
            await Assertions.Expect(page.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
            await page.Locator("#damage").FillAsync("12500000");
            await Assertions.Expect(page.Locator("#damage")).ToHaveValueAsync("12500000");
            await page.Locator("#summary").FillAsync("Trộm cắp 250 m cáp quang tuyến Vị Xuyên – Thanh Thủy, mất liên lạc 3 trạm BTS");
            await BrowserFixture.ScreenshotAsync(page, "incident-new-1366x768", fullPage: true);
            await page.Locator("#save").ClickAsync();
            // Blazor navigates inside the page: no load event to wait for, so poll the address.
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/incidents/\\d+$"));
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("SC-TEST-0777");
            await Assertions.Expect(page.Locator(".detail-table")).ToContainTextAsync("12.500.000 ₫");
            await BrowserFixture.ScreenshotAsync(page, "incident-detail-1366x768", fullPage: true);

            await page.GotoAsync("/incidents");
            await BrowserFixture.WaitForCircuitAsync(page);
            await page.GetByLabel("Tìm theo mã, số hồ sơ hoặc nội dung").FillAsync("SC-TEST");
            var row = page.Locator("tr", new() { HasText = "SC-TEST-0777" });
            await Assertions.Expect(row).ToContainTextAsync("Trộm cắp cáp");
            await Assertions.Expect(row).ToContainTextAsync("Vị Xuyên");
            await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
            await page.GetByLabel("Tìm theo mã, số hồ sơ hoặc nội dung").FillAsync("");
            await Assertions.Expect(page.Locator("tbody tr")).Not.ToHaveCountAsync(1);
            await BrowserFixture.ScreenshotAsync(page, "incidents-1366x768");
        });
    }
}
