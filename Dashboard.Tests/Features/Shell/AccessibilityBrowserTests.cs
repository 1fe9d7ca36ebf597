using Dashboard.Features.Identity;
using Dashboard.Tests.TestInfrastructure;
using Deque.AxeCore.Playwright;

namespace Dashboard.Tests.Features.Shell;

/// <summary>axe (bundled with Deque.AxeCore.Playwright, nothing downloaded) on every page, with demo data, as an Admin who sees them all.</summary>
[Collection(AppHostGroup.Name)]
public sealed class AccessibilityBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private static readonly string[] Pages =
    [
        "/", "/requests", "/requests/new", "/requests/1", "/incidents", "/incidents/new", "/incidents/1", "/heatmaps", "/commendations",
        "/review", "/digests", "/import", "/audit", "/admin/users", "/admin/recipients", "/admin/settings", "/account/password",
    ];

    private readonly DashboardAppFactory _app = new(seedDemo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task EveryPage_HasNoSeriousOrCriticalAxeViolation()
    {
        var address = _app.StartKestrel();
        var admin = await TestAccounts.CreateAsync(_app, Roles.Admin);
        var page = await browser.OpenAsync(address, "/", admin);
        var problems = new List<string>();

        await BrowserFixture.GuardAsync(page, nameof(EveryPage_HasNoSeriousOrCriticalAxeViolation), async () =>
        {
            foreach (var path in Pages)
            {
                await page.GotoAsync(path);
                if (path != "/account/password")
                {
                    await BrowserFixture.WaitForCircuitAsync(page);
                }
                await page.WaitForTimeoutAsync(500);
                var result = await page.RunAxe();
                problems.AddRange(result.Violations
                    .Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
            }
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        });
        await Task.CompletedTask;
    }
}
