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
        // The drop comes once the page has settled. (A drop while MudBlazor is still wiring up its drop-down lists leaves
        // them closed until the user opens another page: MudBlazor waits for those browser replies without a time limit.)
        await Assertions.Expect(page.Locator(".requests-table tbody tr").First).ToContainTextAsync("/");
        await Task.Delay(TimeSpan.FromSeconds(2));

        await BrowserFixture.GuardAsync(page, nameof(DroppedConnection_ShowsTheVietnameseReconnectUi_AndThePageRecovers), async () =>
        {
            var modal = page.Locator("#components-reconnect-modal");
            Assert.NotNull(live);
            await Assertions.Expect(modal).ToBeHiddenAsync();

            cut = true;
            await page.Context.SetOfflineAsync(true);
            await live.CloseAsync();
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

    [Fact]
    public async Task LeavingAFormThroughTheMenu_AsksInVietnamese_AndStayingKeepsTheInput()
    {
        var address = _app.StartKestrel();
        var coordinator = await TestAccounts.CreateAsync(_app, Roles.Coordinator);
        var page = await browser.OpenAsync(address, "/requests/new", coordinator);
        var prompt = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "Rời trang?" });
        var menuLink = page.Locator(".mud-nav-link", new() { HasText = "Vụ việc xâm hại" });

        await BrowserFixture.GuardAsync(page, nameof(LeavingAFormThroughTheMenu_AsksInVietnamese_AndStayingKeepsTheInput), async () =>
        {
            // Typed text: the app asks, and staying keeps every character.
            await page.Locator("#subject").ClickAsync();
            await page.Locator("#subject").PressSequentiallyAsync("Xác minh thuê bao vụ trộm cáp");
            await menuLink.ClickAsync();
            await Assertions.Expect(prompt).ToContainTextAsync("Bạn có thay đổi chưa lưu. Nếu rời trang, các thay đổi này sẽ mất.");
            await BrowserFixture.ScreenshotAsync(page, "journey-unsaved-prompt-1366x768");
            await prompt.GetByRole(AriaRole.Button, new() { Name = "Ở lại" }).ClickAsync();
            await Assertions.Expect(prompt).ToBeHiddenAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/requests/new$"));
            await Assertions.Expect(page.Locator("#subject")).ToHaveValueAsync("Xác minh thuê bao vụ trộm cáp");

            // The form's own Cancel asks too; leaving goes where the user asked.
            await page.GetByRole(AriaRole.Link, new() { Name = "Hủy" }).ClickAsync();
            await prompt.GetByRole(AriaRole.Button, new() { Name = "Rời trang" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Yêu cầu tra cứu thông tin");

            // A choice in a drop-down list types nothing, yet it is unsaved input as well.
            await page.GotoAsync("/requests/new");
            await BrowserFixture.WaitForCircuitAsync(page);
            await page.GetByLabel("Mức độ").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Khẩn", Exact = true }).ClickAsync();
            await menuLink.ClickAsync();
            await Assertions.Expect(prompt).ToBeVisibleAsync();
            await prompt.GetByRole(AriaRole.Button, new() { Name = "Rời trang" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Vụ việc xâm hại công trình viễn thông");

            // An untouched form, and a saved one, are left without a question.
            await page.GotoAsync("/incidents/new");
            await BrowserFixture.WaitForCircuitAsync(page);
            await menuLink.ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Vụ việc xâm hại công trình viễn thông");
            await Assertions.Expect(prompt).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task ServerRestart_SaysTheSessionEnded_KeepsTheTypedText_AndWarnsBeforeTheReloadClearsIt()
    {
        // A second host on the same port and database plays the restarted server; sign-in keys live beside the database.
        await using var restarted = new DashboardAppFactory(settings: new Dictionary<string, string?> { ["ConnectionStrings:Dashboard"] = _app.ConnectionString });
        var address = _app.StartKestrel();
        var coordinator = await TestAccounts.CreateAsync(_app, Roles.Coordinator);
        var page = await browser.OpenAsync(address, "/requests/new", coordinator);
        var asked = new List<string>();
        var stay = true;
        page.Dialog += async (_, dialog) =>
        {
            asked.Add(dialog.Type);
            await (stay ? dialog.DismissAsync() : dialog.AcceptAsync());
        };

        await BrowserFixture.GuardAsync(page, nameof(ServerRestart_SaysTheSessionEnded_KeepsTheTypedText_AndWarnsBeforeTheReloadClearsIt), async () =>
        {
            await page.Locator("#subject").ClickAsync();
            await page.Locator("#subject").PressSequentiallyAsync("Xác minh vị trí trạm BTS Bắc Quang");

            await _app.StopServerAsync();
            restarted.StartKestrel(address.Port);
            var modal = page.Locator("#components-reconnect-modal");
            // Blazor retries by itself for a while; a user who does not wait presses Thử lại.
            var ended = modal.GetByText("Phiên làm việc với máy chủ đã kết thúc");
            var retry = modal.GetByRole(AriaRole.Button, new() { Name = "Thử lại" });
            await Assertions.Expect(ended.Or(retry)).ToBeVisibleAsync(new() { Timeout = 60_000 });
            if (await retry.IsVisibleAsync())
            {
                await retry.ClickAsync();
            }
            await Assertions.Expect(ended).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(page.Locator("#subject")).ToHaveValueAsync("Xác minh vị trí trạm BTS Bắc Quang");
            await BrowserFixture.ScreenshotAsync(page, "journey-server-restarted-1366x768");

            // The text can still be selected for copying: the message does not cover it.
            await page.Locator("#subject").ClickAsync(new() { Trial = true });

            await modal.GetByRole(AriaRole.Button, new() { Name = "Tải lại trang" }).ClickAsync();
            Assert.Equal(["beforeunload"], asked);
            await Assertions.Expect(page.Locator("#subject")).ToHaveValueAsync("Xác minh vị trí trạm BTS Bắc Quang");

            stay = false;
            await modal.GetByRole(AriaRole.Button, new() { Name = "Tải lại trang" }).ClickAsync();
            await BrowserFixture.WaitForCircuitAsync(page);
            // The restarted server still knows the user: the form comes back, empty, without a new sign-in.
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Thêm yêu cầu");
            await Assertions.Expect(page.Locator("#subject")).ToHaveValueAsync("");
        });
    }

    [GeneratedRegex("/_blazor")]
    private static partial Regex BlazorHub();
}
