using System.Text.RegularExpressions;
using Dashboard.Features.Identity;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.Journeys;

/// <summary>A coordinator takes an overdue request of the demo data, records verifications and answers it; a leader's overview follows.</summary>
[Collection(AppHostGroup.Name)]
public sealed partial class CoordinatorAnswersARequestJourney(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new(seedDemo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Coordinator_AnswersAnOverdueRequest_AndTheLeadersOverviewFollowsLive()
    {
        var address = _app.StartKestrel();
        var leader = await TestAccounts.CreateAsync(_app, Roles.Leader);
        var coordinator = await TestAccounts.CreateAsync(_app, Roles.Coordinator);
        var overview = await browser.OpenAsync(address, "/", leader, 1920, 1080);
        var page = await browser.OpenAsync(address, "/requests", coordinator);

        await BrowserFixture.GuardAsync(page, nameof(Coordinator_AnswersAnOverdueRequest_AndTheLeadersOverviewFollowsLive), async () =>
        {
            var (answered, open, overdue) = (overview.Locator("[data-kpi=answered]"), overview.Locator("[data-kpi=open]"),
                overview.Locator("[data-kpi=overdue]"));
            await Assertions.Expect(answered).ToBeVisibleAsync();
            var before = (Answered: await JourneyText.CountAsync(answered), Open: await JourneyText.CountAsync(open), Overdue: await JourneyText.CountAsync(overdue));
            Assert.True(before.Overdue > 0, "the demo data has overdue requests");

            await page.GetByLabel("Tình trạng hạn").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Quá hạn", Exact = true }).ClickAsync();
            var first = page.Locator(".requests-table tbody tr").First;
            await Assertions.Expect(first).ToContainTextAsync("Quá hạn");
            await first.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(RequestAddress());
            // The list's heading stays until the detail has loaded.
            await Assertions.Expect(page.Locator("h1")).Not.ToHaveTextAsync("Yêu cầu tra cứu thông tin");
            var reference = (await page.Locator("h1").TextContentAsync())!;

            var verifications = page.Locator("h2", new() { HasText = "Lượt xác minh" });
            var totalBefore = await JourneyText.CountAsync(verifications, TotalPattern());
            await page.GetByLabel("Loại xác minh").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Vị trí trạm phát sóng" }).ClickAsync();
            await page.GetByLabel("Số lượt").FillAsync("7");
            await page.GetByRole(AriaRole.Button, new() { Name = "Thêm lượt xác minh" }).ClickAsync();
            await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = "Đã ghi 7 lượt xác minh" })).ToBeVisibleAsync();
            var newest = page.Locator("tbody tr", new() { HasText = "Vị trí trạm phát sóng" }).Last;
            await Assertions.Expect(newest.Locator("td").Nth(1)).ToHaveTextAsync("7");
            await Assertions.Expect(verifications).ToContainTextAsync($"Tổng số lượt: {JourneyText.Shown(totalBefore + 7)}");

            await page.GetByRole(AriaRole.Button, new() { Name = "Chuyển trạng thái" }).ClickAsync();
            await page.GetByRole(AriaRole.Menuitem, new() { Name = "Đã trả lời", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator(".mud-chip", new() { HasText = "Đã trả lời" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(reference);
            await Assertions.Expect(page.Locator(".history")).ToContainTextAsync("→ Đã trả lời");
            await Assertions.Expect(page.Locator(".history")).Not.ToContainTextAsync("Answered");
            await BrowserFixture.ScreenshotAsync(page, "journey-request-answered-1366x768", fullPage: true);

            // The leader's page was not touched: the figures move by themselves.
            await Assertions.Expect(answered).ToHaveTextAsync(JourneyText.Shown(before.Answered + 1), new() { Timeout = 10_000 });
            await Assertions.Expect(open).ToHaveTextAsync(JourneyText.Shown(before.Open - 1));
            await Assertions.Expect(overdue).ToHaveTextAsync(JourneyText.Shown(before.Overdue - 1));
            await BrowserFixture.ScreenshotAsync(overview, "journey-request-overview-1920x1080");
        });
    }

    [GeneratedRegex("Tổng số lượt: ([\\d.]+)")]
    private static partial Regex TotalPattern();

    [GeneratedRegex("/requests/\\d+$")]
    private static partial Regex RequestAddress();
}
