using Dashboard.Features.Digests;
using Dashboard.Features.Identity;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.Digests;

[Collection(AppHostGroup.Name)]
public sealed class DigestPagesBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Admin_AddsARecipient_RefusedFirstForABadAddress()
    {
        var address = _app.StartKestrel();
        var admin = await TestAccounts.CreateAsync(_app, Roles.Admin);
        var page = await browser.OpenAsync(address, "/admin/recipients", admin);

        await BrowserFixture.GuardAsync(page, nameof(Admin_AddsARecipient_RefusedFirstForABadAddress), async () =>
        {
            await page.Locator("#recipient-email").FillAsync("lanh-dao@@vnpt");
            await page.Locator("#recipient-name").FillAsync("Nguyễn Văn Đức");
            await page.Locator("#recipient-save").ClickAsync();
            await Assertions.Expect(page.GetByText("Địa chỉ email không hợp lệ: lanh-dao@@vnpt.")).ToBeVisibleAsync();

            await page.Locator("#recipient-email").FillAsync("lanh-dao@vnpt.vn");
            await page.Locator("#recipient-save").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "lanh-dao@vnpt.vn" })).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(page, "recipients-1366x768");
        });
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var saved = await db.DigestRecipients.SingleAsync();
        Assert.Equal(("Nguyễn Văn Đức", "vi", DigestScope.Leadership, true), (saved.DisplayName, saved.Language, saved.Scope, saved.IsActive));
    }

    [Fact]
    public async Task Admin_PreviewsAWeek_AndSeesItsRunInTheHistory()
    {
        var address = _app.StartKestrel();
        var admin = await TestAccounts.CreateAsync(_app, Roles.Admin);
        await _app.Services.GetRequiredService<DigestRuns>().FindOrBuildAsync("QCPH-2023", new IsoWeek(2026, 47), DigestScope.Leadership);
        var page = await browser.OpenAsync(address, "/digests", admin);

        await BrowserFixture.GuardAsync(page, nameof(Admin_PreviewsAWeek_AndSeesItsRunInTheHistory), async () =>
        {
            await page.Locator("#digest-week").FillAsync("2026-W47");
            await page.Locator("#digest-preview").ClickAsync();
            var preview = page.Locator("#digest-preview-table");
            await Assertions.Expect(preview).ToContainTextAsync("Yêu cầu đang mở");
            await Assertions.Expect(preview).ToContainTextAsync("Vụ việc xảy ra");
            await Assertions.Expect(page.Locator("#digest-runs")).ToContainTextAsync("2026-W47");
            await BrowserFixture.ScreenshotAsync(page, "digests-1366x768");

            await page.Locator("#digest-week").FillAsync("2026-W99");
            await page.Locator("#digest-preview").ClickAsync();
            await Assertions.Expect(page.GetByText("Tuần không hợp lệ: \"2026-W99\"")).ToBeVisibleAsync();
        });
    }
}
