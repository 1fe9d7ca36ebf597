using System.Globalization;
using Dashboard.Features.Agreements;
using Dashboard.Features.Identity;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.ReviewMode;

[Collection(AppHostGroup.Name)]
public sealed class LiveReviewBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new(seedDemo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static int Count(string? text) => int.Parse(new string([.. (text ?? "").Where(char.IsAsciiDigit)]), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Review_ShowsARequestSavedElsewhere_InItsFiguresAndSummary_WithoutAReload()
    {
        var address = _app.StartKestrel();
        var leader = await TestAccounts.CreateAsync(_app, Roles.Leader);
        var page = await browser.OpenAsync(address, "/review", leader, 1920, 1080);

        await BrowserFixture.GuardAsync(page, nameof(Review_ShowsARequestSavedElsewhere_InItsFiguresAndSummary_WithoutAReload), async () =>
        {
            await page.Locator("#updated-at .live-dot").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            var received = page.Locator("[data-figure=received] .now");
            var before = Count(await received.TextContentAsync());
            var summary = page.Locator("#review-summary-text");
            await Assertions.Expect(summary).ToContainTextAsync($"thực hiện {before} yêu cầu");

            await using (var db = await _app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync())
            {
                var agreement = await db.Agreements.SingleAsync(a => a.Code == "QCPH-2023");
                var unit = await db.Units.FirstAsync(u => u.Agency == Agency.Police);
                db.Requests.Add(new InformationRequest
                {
                    AgreementId = agreement.Id, ReferenceNo = "998/CV-PA05", RequestingUnitId = unit.Id,
                    Subject = "Xác minh thuê bao liên quan vụ trộm cáp tại Quản Bạ",
                    ReceivedAt = DateTime.UtcNow.AddHours(-1), DueAt = DateTime.UtcNow.AddDays(2),
                });
                await db.SaveChangesAsync();
            }

            var after = (before + 1).ToString(CultureInfo.InvariantCulture);
            await Assertions.Expect(received).ToHaveTextAsync(after, new() { Timeout = 10_000 });
            await Assertions.Expect(summary).ToContainTextAsync($"thực hiện {after} yêu cầu");
            await BrowserFixture.ScreenshotAsync(page, "review-live");
        });
    }
}
