using Dashboard.Features.Agreements;
using Dashboard.Features.Commendations;
using Dashboard.Features.Identity;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.Commendations;

[Collection(AppHostGroup.Name)]
public sealed class LiveCommendationsBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new(seedDemo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Candidates_DropAPersonAwardedElsewhere_WithoutAReload()
    {
        var address = _app.StartKestrel();
        var leader = await TestAccounts.CreateAsync(_app, Roles.Leader);
        var page = await browser.OpenAsync(address, "/commendations", leader);

        await BrowserFixture.GuardAsync(page, nameof(Candidates_DropAPersonAwardedElsewhere_WithoutAReload), async () =>
        {
            await page.Locator("#updated-at .live-dot").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            var top = page.Locator("[data-agency=Police] tr[data-person]").First;
            var person = await top.GetAttributeAsync("data-person");

            // Awarded today, inside the window, by another leader: SPEC §3 takes the person off the list.
            await using (var db = await _app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync())
            {
                var id = await db.People.Where(p => p.Code == person).Select(p => p.Id).SingleAsync();
                var agreement = await db.Agreements.SingleAsync(a => a.Code == "QCPH-2023");
                db.Commendations.Add(new Commendation
                {
                    PersonId = id, AgreementId = agreement.Id, Level = "Giấy khen", AwardingBody = "Giám đốc Công an tỉnh",
                    AwardedOn = LocalClock.LocalDay(DateTime.UtcNow),
                });
                await db.SaveChangesAsync();
            }

            await Assertions.Expect(page.Locator($"tr[data-person='{person}']")).ToHaveCountAsync(0, new() { Timeout = 10_000 });
            await BrowserFixture.ScreenshotAsync(page, "commendations-live");
        });
    }
}
