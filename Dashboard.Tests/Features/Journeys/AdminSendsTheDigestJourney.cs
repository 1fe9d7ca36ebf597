using System.Globalization;
using ClosedXML.Excel;
using Dashboard.Features.Identity;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.Journeys;

/// <summary>An admin adds a recipient, sends last week's digest now, and downloads its workbook.</summary>
[Collection(AppHostGroup.Name)]
public sealed class AdminSendsTheDigestJourney(BrowserFixture browser) : IAsyncLifetime
{
    private readonly TestSmtpServer _smtp = new();
    private DashboardAppFactory _app = null!;
    private IPage? _page;

    public Task InitializeAsync()
    {
        _app = new DashboardAppFactory(seedDemo: true, new Dictionary<string, string?>
        {
            ["Hangfire:Server:Enabled"] = "true",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        // Closed first: the host's 30 s stop budget would otherwise go to Kestrel waiting on the open circuit, and
        // Hangfire's server, stopped after it, would fail with the budget spent.
        if (_page is not null)
        {
            await _page.Context.CloseAsync();
        }
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Admin_AddsARecipient_SendsTheDigestNow_AndDownloadsItsWorkbook()
    {
        var address = _app.StartKestrel();
        var admin = await TestAccounts.CreateAsync(_app, Roles.Admin);
        var page = _page = await browser.OpenAsync(address, "/admin/recipients", admin);

        await BrowserFixture.GuardAsync(page, nameof(Admin_AddsARecipient_SendsTheDigestNow_AndDownloadsItsWorkbook), async () =>
        {
            await page.Locator("#recipient-email").FillAsync("pho-giam-doc@vnpt.vn");
            await page.Locator("#recipient-name").FillAsync("Trần Thị Hà");
            await page.Locator("#recipient-save").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "pho-giam-doc@vnpt.vn" })).ToBeVisibleAsync();

            await page.GotoAsync("/digests");
            await BrowserFixture.WaitForCircuitAsync(page);
            var week = await page.Locator("#digest-week").InputValueAsync();
            await page.Locator("#digest-send").ClickAsync();
            await Assertions.Expect(page.Locator(".mud-alert", new() { HasText = week })).ToBeVisibleAsync();

            await _smtp.WaitForAsync(1, TimeSpan.FromSeconds(40));
            Assert.Equal("pho-giam-doc@vnpt.vn", _smtp.Received.Single().To.Mailboxes.Single().Address);

            // The history follows the job without a reload. One run per scope; the new recipient is in the leadership one.
            var run = page.Locator("#digest-runs tbody tr", new() { HasText = week }).Filter(new() { HasText = "Lãnh đạo" });
            await Assertions.Expect(run).ToContainTextAsync("Đã gửi");
            await Assertions.Expect(run).ToContainTextAsync("1 đã gửi, 0 lỗi, 0 chờ");
            await BrowserFixture.ScreenshotAsync(page, "journey-digest-sent-1366x768", fullPage: true);

            var download = await page.RunAndWaitForDownloadAsync(() => run.GetByText("Excel (VI)").ClickAsync());
            var file = Path.Combine(_app.Folder, download.SuggestedFilename);
            await download.SaveAsAsync(file);
            using var workbook = new XLWorkbook(file);
            // The summary sheet names the agreement as "code — title".
            var code = (await run.Locator("td").First.TextContentAsync())!.Trim();
            Assert.StartsWith(code + " — ", workbook.Worksheet(1).Cell(2, 2).GetString(), StringComparison.Ordinal);
        });
    }
}
