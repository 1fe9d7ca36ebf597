using Dashboard.Features.Identity;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.Identity;

[Collection(AppHostGroup.Name)]
public sealed class AdminPagesBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Admin_AddsAnAccount_AndFindsItInTheAuditTrail()
    {
        var address = _app.StartKestrel();
        var admin = await TestAccounts.CreateAsync(_app, Roles.Admin);
        var page = await browser.OpenAsync(address, "/admin/users", admin);

        await BrowserFixture.GuardAsync(page, nameof(Admin_AddsAnAccount_AndFindsItInTheAuditTrail), async () =>
        {
            await page.GetByLabel("Email").First.FillAsync("can.bo.moi@vnpt.example");
            await page.GetByLabel("Họ và tên").FillAsync("Sùng Mí Chá");
            await page.GetByRole(AriaRole.Button, new() { Name = "Thêm tài khoản" }).ClickAsync();
            var created = await page.Locator("#one-time-password").TextContentAsync();
            Assert.Contains("can.bo.moi@vnpt.example", created, StringComparison.Ordinal);
            Assert.Matches("[A-Za-z0-9]{14}$", created!.Trim());
            await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Sùng Mí Chá" })).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(page, "admin-users-1366x768");

            await page.GotoAsync("/audit");
            await BrowserFixture.WaitForCircuitAsync(page);
            var row = page.Locator("tr", new() { HasText = "can.bo.moi@vnpt.example" }).First;
            await Assertions.Expect(row).ToContainTextAsync("Tài khoản");
            await Assertions.Expect(row).ToContainTextAsync("Thêm mới");
            await Assertions.Expect(row).ToContainTextAsync(admin);
            await BrowserFixture.ScreenshotAsync(page, "audit-1366x768");
        });
    }
}
