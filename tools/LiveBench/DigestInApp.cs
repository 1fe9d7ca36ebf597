using Microsoft.Playwright;

namespace LiveBench;

/// <summary>
/// The digest built inside the running app, as an administrator starts it: "Gửi ngay" on /digests for the agreement and
/// the week shown, then the app's own timer (the log line of DigestRuns, the same parts as the digest verb prints).
/// </summary>
internal static class DigestInApp
{
    public static async Task<List<string>> SendNowAsync(IBrowserContext admin, ServerProcess server, string agreement)
    {
        var page = await admin.NewPageAsync();
        await page.GotoAsync("/digests");
        await page.Locator("#digest-send").WaitForAsync();
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = agreement + " —" }).First.ClickAsync();
        var week = await page.Locator("#digest-week").InputValueAsync();
        await page.Locator("#digest-send").ClickAsync();
        // The job builds both scopes, the leadership's first.
        var lines = new List<string>();
        foreach (var scope in new[] { "Leadership", "Coordinator" })
        {
            lines.Add(await server.WaitForLogAsync($"Digest built {agreement} {week} {scope}", TimeSpan.FromMinutes(2)));
        }
        await page.CloseAsync();
        return lines;
    }
}
