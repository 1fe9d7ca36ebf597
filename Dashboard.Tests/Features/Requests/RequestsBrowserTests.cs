using Dashboard.Features.Identity;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.Requests;

[Collection(AppHostGroup.Name)]
public sealed class RequestsBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new(seedDemo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Coordinator_CreatesARequest_AndFindsItInTheList()
    {
        var address = _app.StartKestrel();
        var coordinator = await TestAccounts.CreateAsync(_app, Roles.Coordinator);
        var page = await browser.OpenAsync(address, "/requests/new", coordinator);

        await BrowserFixture.GuardAsync(page, nameof(Coordinator_CreatesARequest_AndFindsItInTheList), async () =>
        {
            await page.Locator("#reference").FillAsync("777/CV-PA05");
            await page.Locator("#subject").FillAsync("Xác minh thuê bao liên quan vụ cắt trộm cáp quang tại Vị Xuyên");
            await page.GetByLabel("Đơn vị yêu cầu").ClickAsync();
            await page.GetByRole(AriaRole.Option).First.ClickAsync();
            await BrowserFixture.ScreenshotAsync(page, "request-new-1366x768");
            await page.Locator("#save").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/requests/\\d+$"));
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("777/CV-PA05");
            await BrowserFixture.ScreenshotAsync(page, "request-detail-1366x768");

            await page.GotoAsync("/requests");
            await BrowserFixture.WaitForCircuitAsync(page);
            await page.GetByLabel("Tìm theo số hiệu hoặc nội dung").FillAsync("777/CV");
            var row = page.Locator("tr", new() { HasText = "777/CV-PA05" });
            await Assertions.Expect(row).ToContainTextAsync("cắt trộm cáp quang tại Vị Xuyên");
            await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
            await page.GetByLabel("Tìm theo số hiệu hoặc nội dung").FillAsync("");
            await Assertions.Expect(page.Locator("tbody tr")).Not.ToHaveCountAsync(1);
            await BrowserFixture.ScreenshotAsync(page, "requests-1366x768");
        });
    }
}
