using System.Text.RegularExpressions;
using Dashboard.Features.Identity;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.Journeys;

/// <summary>A dropped connection and a page left with unsaved input, in a real browser.</summary>
[Collection(AppHostGroup.Name)]
public sealed partial class ResilienceTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new(seedDemo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task DroppedConnection_ShowsTheVietnameseReconnectUi_AndThePageRecovers()
    {
        var address = _app.StartKestrel();
        var coordinator = await TestAccounts.CreateAsync(_app, Roles.Coordinator);
        var page = await browser.OpenAsync(address, "/requests", coordinator);
        // The circuit's websocket passes through the test, which can cut it as a network fault would.
        var cut = false;
        IWebSocketRoute? live = null;
        await page.RouteWebSocketAsync(BlazorHub(), ws =>
        {
            if (cut)
            {
                _ = ws.CloseAsync();
                return;
            }
            ws.ConnectToServer();
            live = ws;
        });
        await page.GotoAsync("/requests");
        await BrowserFixture.WaitForCircuitAsync(page);

        await BrowserFixture.GuardAsync(page, nameof(DroppedConnection_ShowsTheVietnameseReconnectUi_AndThePageRecovers), async () =>
        {
            var modal = page.Locator("#components-reconnect-modal");
            Assert.NotNull(live);
            await Assertions.Expect(modal).ToBeHiddenAsync();

            cut = true;
            await page.Context.SetOfflineAsync(true);
            await live!.CloseAsync();
            await Assertions.Expect(modal.GetByText("Mất kết nối với máy chủ. Đang kết nối lại…")).ToBeVisibleAsync();
            // The page, and whatever was typed on it, stays visible behind the message.
            Assert.Equal("rgba(0, 0, 0, 0.45)", await modal.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor"));
            await BrowserFixture.ScreenshotAsync(page, "journey-reconnecting-1366x768");

            cut = false;
            await page.Context.SetOfflineAsync(false);
            await Assertions.Expect(modal).ToBeHiddenAsync(new() { Timeout = 30_000 });
            // The same circuit answers clicks again: a filter re-renders the list.
            await page.GetByLabel("Tình trạng hạn").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Quá hạn", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator(".requests-table tbody tr").First).ToContainTextAsync("Quá hạn");
            await BrowserFixture.ScreenshotAsync(page, "journey-reconnected-1366x768");
        });
    }

    [Fact]
    public async Task LeavingARequestFormWithUnsavedInput_AsksTheUserFirst()
    {
        var address = _app.StartKestrel();
        var coordinator = await TestAccounts.CreateAsync(_app, Roles.Coordinator);
        var page = await browser.OpenAsync(address, "/requests/new", coordinator);
        var asked = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            asked.Add(dialog.Type);
            await dialog.AcceptAsync();
        };

        await BrowserFixture.GuardAsync(page, nameof(LeavingARequestFormWithUnsavedInput_AsksTheUserFirst), async () =>
        {
            // Nothing typed yet: leaving is silent.
            await page.GotoAsync("/requests/new");
            await BrowserFixture.WaitForCircuitAsync(page);
            Assert.Empty(asked);

            await page.Locator("#subject").ClickAsync();
            await page.Locator("#subject").PressSequentiallyAsync("Xác minh thuê bao vụ trộm cáp");
            await page.GotoAsync("/requests");
            Assert.Equal(["beforeunload"], asked);
            await BrowserFixture.WaitForCircuitAsync(page);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Yêu cầu tra cứu thông tin");
        });
    }

    [GeneratedRegex("/_blazor")]
    private static partial Regex BlazorHub();
}
