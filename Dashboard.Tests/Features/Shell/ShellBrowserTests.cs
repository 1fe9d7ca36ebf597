using Dashboard.Features.Identity;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.Shell;

[Collection(AppHostGroup.Name)]
public sealed class ShellBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Shell_ShowsVietnameseText_InTheServedRobotoFont()
    {
        var address = _app.StartKestrel();
        var email = await TestAccounts.CreateAsync(_app, Roles.Admin);
        var page = await browser.OpenAsync(address, "/", email);

        await BrowserFixture.GuardAsync(page, nameof(Shell_ShowsVietnameseText_InTheServedRobotoFont), async () =>
        {
            var heading = await page.Locator("h1").First.TextContentAsync();
            Assert.Equal("Tổng quan", heading?.Trim());
            await page.EvaluateAsync("() => document.fonts.ready");
            var loaded = await page.EvaluateAsync<bool>("() => document.fonts.check('16px Roboto', 'Bảng điều khiển Quy chế phối hợp')");
            var vietnameseFace = await page.EvaluateAsync<bool>(
                "() => [...document.fonts].some(f => f.family.replace(/\"/g,'') === 'Roboto' && f.status === 'loaded' && f.unicodeRange.includes('U+1EA0'))");
            var family = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('h1')).fontFamily");
            Assert.True(loaded, "Roboto is not loaded for Vietnamese text");
            Assert.True(vietnameseFace, "the Vietnamese subset of Roboto was not loaded from the app");
            Assert.StartsWith("Roboto", family.Trim('"'), StringComparison.Ordinal);
            await BrowserFixture.ScreenshotAsync(page, "shell-1366x768");
        });
    }

    [Fact]
    public async Task Login_SendsAnonymousVisitorsToTheVietnameseSignInForm_AndBack()
    {
        var address = _app.StartKestrel();
        var email = await TestAccounts.CreateAsync(_app, Roles.Leader);
        var page = await browser.OpenAsync(address, "/review", null);

        await BrowserFixture.GuardAsync(page, nameof(Login_SendsAnonymousVisitorsToTheVietnameseSignInForm_AndBack), async () =>
        {
            Assert.Contains("/login", page.Url, StringComparison.Ordinal);
            Assert.Equal("Đăng nhập", (await page.Locator("h1").TextContentAsync())?.Trim());
            await BrowserFixture.ScreenshotAsync(page, "login-1366x768");
            await page.FillAsync("#email", email);
            await page.FillAsync("#password", "sai-mat-khau");
            await page.ClickAsync("button[type=submit]");
            Assert.Contains("Email hoặc mật khẩu không đúng.", await page.Locator(".form-error").TextContentAsync(), StringComparison.Ordinal);

            await page.FillAsync("#email", email);
            await page.FillAsync("#password", TestAccounts.Password);
            await page.ClickAsync("button[type=submit]");
            await BrowserFixture.WaitForCircuitAsync(page);
            Assert.EndsWith("/review", page.Url, StringComparison.Ordinal);
        });
    }
}
