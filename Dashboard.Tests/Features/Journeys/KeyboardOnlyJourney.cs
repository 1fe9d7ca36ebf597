using System.Text.RegularExpressions;
using Dashboard.Features.Identity;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.Journeys;

/// <summary>
/// A coordinator who uses no mouse: signs in, opens the requests from the menu, enters a request, records verifications
/// and answers it — every step by Tab, arrow keys, Enter and typing, with the focus visible on every control reached.
/// </summary>
[Collection(AppHostGroup.Name)]
public sealed partial class KeyboardOnlyJourney(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new(seedDemo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Coordinator_SignsIn_EntersARequest_RecordsVerifications_AndAnswersIt_WithTheKeyboardOnly()
    {
        var address = _app.StartKestrel();
        var coordinator = await TestAccounts.CreateAsync(_app, Roles.Coordinator);
        var page = await browser.OpenAsync(address, "/", email: null);
        var reference = $"{Random.Shared.Next(1000, 9999)}/CV-BP";

        await BrowserFixture.GuardAsync(page, nameof(Coordinator_SignsIn_EntersARequest_RecordsVerifications_AndAnswersIt_WithTheKeyboardOnly), async () =>
        {
            // Signing in.
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/login"));
            await Keyboard.TabToAsync(page, "Email");
            await page.Keyboard.TypeAsync(coordinator);
            await Keyboard.TabToAsync(page, "Mật khẩu");
            await page.Keyboard.TypeAsync(TestAccounts.Password);
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tổng quan");
            await BrowserFixture.WaitForCircuitAsync(page);

            // From the menu to a new request.
            await Keyboard.TabToAsync(page, "Yêu cầu tra cứu");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Yêu cầu tra cứu thông tin");
            // MudBlazor's own button names are spoken in Vietnamese too.
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Trang sau", Exact = true })).ToBeVisibleAsync();
            await Keyboard.TabToAsync(page, "Thêm yêu cầu");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Thêm yêu cầu");

            await Keyboard.TabToAsync(page, "Số hiệu");
            await page.Keyboard.TypeAsync(reference);
            await Keyboard.TabToAsync(page, "Mức độ");
            await Keyboard.ChooseAsync(page, "Khẩn");
            await Keyboard.TabToAsync(page, "Nội dung yêu cầu");
            await page.Keyboard.TypeAsync("Xác minh vị trí trạm phát sóng liên quan vụ trộm cáp");
            await Keyboard.TabToAsync(page, "Đơn vị yêu cầu");
            await Keyboard.ChooseAsync(page, "Công an huyện Bắc Quang");
            await BrowserFixture.ScreenshotAsync(page, "journey-keyboard-form-1366x768");
            await Keyboard.TabToAsync(page, "Lưu");
            await page.Keyboard.PressAsync("Enter");

            // The saved request, with its verifications editor.
            await Assertions.Expect(page).ToHaveURLAsync(RequestAddress());
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(reference);
            await Assertions.Expect(page.Locator(".mud-chip", new() { HasText = "Khẩn" })).ToBeVisibleAsync();
            await Keyboard.TabToAsync(page, "Loại xác minh");
            await Keyboard.ChooseAsync(page, "Vị trí trạm phát sóng");
            await Keyboard.TabToAsync(page, "Số lượt");
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.TypeAsync("3");
            await Keyboard.TabToAsync(page, "Thêm lượt xác minh");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = "Đã ghi 3 lượt xác minh" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("h2", new() { HasText = "Lượt xác minh" })).ToContainTextAsync("Tổng số lượt: 3");

            // Answering it through the status menu.
            await Keyboard.TabToAsync(page, "Chuyển trạng thái", maxPresses: 80);
            await Keyboard.ChooseAsync(page, "Đã trả lời");
            await Assertions.Expect(page.Locator(".mud-chip", new() { HasText = "Đã trả lời" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".history")).ToContainTextAsync("→ Đã trả lời");
            await BrowserFixture.ScreenshotAsync(page, "journey-keyboard-answered-1366x768", fullPage: true);
        });
    }

    [Fact]
    public async Task Coordinator_ReportsAnIncident_AndOpensItsHeatmapCell_WithTheKeyboardOnly()
    {
        var address = _app.StartKestrel();
        var coordinator = await TestAccounts.CreateAsync(_app, Roles.Coordinator);
        var page = await browser.OpenAsync(address, "/incidents/new", coordinator, 1920, 1080);

        await BrowserFixture.GuardAsync(page, nameof(Coordinator_ReportsAnIncident_AndOpensItsHeatmapCell_WithTheKeyboardOnly), async () =>
        {
            await Keyboard.TabToAsync(page, "Mã vụ việc");
            await page.Keyboard.TypeAsync("SC-BANPHIM-01");
            await Keyboard.TabToAsync(page, "Loại vụ việc");
            await Keyboard.ChooseAsync(page, "Trộm cắp cáp");
            await Keyboard.TabToAsync(page, "Địa bàn");
            await Keyboard.ChooseAsync(page, "Vị Xuyên (030)");
            await Keyboard.TabToAsync(page, "Tóm tắt diễn biến");
            await page.Keyboard.TypeAsync("Trộm 80 m cáp quang tuyến Vị Xuyên – Thanh Thủy");
            await Keyboard.TabToAsync(page, "Lưu");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(IncidentAddress());
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("SC-BANPHIM-01");

            // Through the menu to the heat map of this week by kind, and into the cell.
            await Keyboard.TabToAsync(page, "Bản đồ nhiệt");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Bản đồ nhiệt vụ việc");
            await Keyboard.TabToAsync(page, "Tuần này");
            await page.Keyboard.PressAsync("Enter");
            await Keyboard.TabToAsync(page, "Khu vực × loại vụ việc");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator("table.heatmap.shape-areabykind")).ToBeVisibleAsync();
            await Keyboard.TabToAsync(page, ViXuyenCableTheftCell(), maxPresses: 150);
            await page.Keyboard.PressAsync("Enter");
            var drilldown = page.Locator("#heatmap-drilldown");
            await Assertions.Expect(drilldown.Locator("tbody tr", new() { HasText = "SC-BANPHIM-01" })).ToContainTextAsync("Trộm cắp cáp");
            await BrowserFixture.ScreenshotAsync(page, "journey-keyboard-heatmap-1920x1080");
        });
    }

    [GeneratedRegex("Vị Xuyên.* · Trộm cắp cáp: \\d+ vụ việc$")]
    private static partial Regex ViXuyenCableTheftCell();

    [GeneratedRegex("/incidents/\\d+$")]
    private static partial Regex IncidentAddress();

    [GeneratedRegex("/requests/\\d+$")]
    private static partial Regex RequestAddress();
}
