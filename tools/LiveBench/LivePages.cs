using System.Text.Json;
using Microsoft.Playwright;

namespace LiveBench;

/// <summary>What one page saw: each time its stamp or a watched figure changed (browser clock, server stamp, figures as shown).</summary>
internal sealed record Sample(double At, double Stamp, string Answered, string Resolved);

/// <summary>Headless Debian Chromium through Playwright (nothing downloaded): signed-in contexts and the watched overview pages.</summary>
internal sealed class LivePages : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string Password = "Live-bench-2026";

    /// <summary>
    /// Records, in the page, every change of the server's render stamp (#updated-at[data-rendered-at]) or of the watched
    /// figures, with the browser's clock beside it; read back at the end, so the recording costs the page almost nothing.
    /// </summary>
    private const string Recorder = """
        window.__live = [];
        (() => {
          let last = '';
          const read = () => {
            const s = document.getElementById('updated-at');
            const a = document.querySelector('[data-kpi=answered]');
            const r = document.querySelector('[data-kpi=resolved]');
            if (!s || !a || !r) return;
            const key = s.dataset.renderedAt + '|' + a.textContent + '|' + r.textContent;
            if (key === last) return;
            last = key;
            window.__live.push({ at: Date.now(), stamp: Number(s.dataset.renderedAt), answered: a.textContent, resolved: r.textContent });
          };
          new MutationObserver(read).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        })();
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly Uri _address;

    private LivePages(IPlaywright playwright, IBrowser browser, Uri address) => (_playwright, _browser, _address) = (playwright, browser, address);

    public List<IPage> Watched { get; } = [];

    /// <summary>
    /// Debian's Chromium started through `taskset`: every browser process runs on the cores the app does not have (see
    /// <see cref="ServerProcess.ServerCore"/>), so the fifty pages cannot delay the server's pushes. Lowering the browsers'
    /// priority instead does not hold: Chromium sets its renderers' nice values itself.
    /// </summary>
    private static readonly string PinnedScript = Path.Combine(Path.GetTempPath(), $"live-bench-chromium-{Environment.ProcessId}.sh");

    private static string Pinned()
    {
        var script = PinnedScript;
        File.WriteAllText(script, $"#!/bin/sh\nexec taskset -c {ServerProcess.BrowserCores} {ChromiumPath} \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return script;
    }

    public static async Task<LivePages> LaunchAsync(Uri address)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Pinned(),
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                // Background tabs keep their timers and rendering: 50 pages watched at once are all "visible".
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
            ],
        });
        return new LivePages(playwright, browser, address);
    }

    /// <summary>A context signed in through the real forms, the one-time password changed on the way (as a new user would).</summary>
    public async Task<IBrowserContext> SignInAsync(string email, string oneTimePassword)
    {
        var context = await _browser.NewContextAsync(new() { BaseURL = _address.ToString(), Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh" });
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", oneTimePassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/account/password**");
        await page.FillAsync("#current", oneTimePassword);
        await page.FillAsync("#next", Password);
        await page.FillAsync("#confirm", Password);
        await page.ClickAsync("button[type=submit]");
        await page.Locator(".form-ok").WaitForAsync();
        await page.CloseAsync();
        return context;
    }

    public static async Task RecordInAsync(IBrowserContext context) => await context.AddInitScriptAsync(Recorder);

    /// <summary>Opens the overview of the agreement and waits until it follows changes (the live dot is there).</summary>
    public static async Task<IPage> OpenOverviewAsync(IBrowserContext context, string agreement)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/?agreement=" + Uri.EscapeDataString(agreement));
        try
        {
            await page.Locator("#updated-at .live-dot").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "live-bench-failed.png") });
            throw;
        }
        return page;
    }

    public static async Task<List<Sample>> SamplesAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>("JSON.stringify(window.__live)");
        return JsonSerializer.Deserialize<List<Sample>>(json, Json) ?? [];
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        File.Delete(PinnedScript);
    }
}
