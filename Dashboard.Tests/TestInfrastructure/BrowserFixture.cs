using Microsoft.Playwright;

namespace Dashboard.Tests.TestInfrastructure;

/// <summary>Debian's Chromium driven by Playwright's bundled driver; nothing is downloaded.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly System.Collections.Concurrent.ConcurrentQueue<IBrowserContext> OpenContexts = new();

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Failure screenshots are kept here (CI keeps the folder).</summary>
    public static string ArtifactsFolder { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("TEST_ARTIFACTS") ?? Path.Combine(AppContext.BaseDirectory, "artifacts"), "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run the README's test command, which installs Debian's chromium.");
        }
        Directory.CreateDirectory(ArtifactsFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>A new browser context signed in as <paramref name="email"/> (null: anonymous), on <paramref name="path"/>.</summary>
    public async Task<IPage> OpenAsync(Uri baseAddress, string path, string? email, int width = 1366, int height = 768, string? culture = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = culture ?? "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        OpenContexts.Enqueue(context);
        // Generous: two cores shared with the server under test.
        context.SetDefaultTimeout(45_000);
        var page = await context.NewPageAsync();
        if (email is null)
        {
            await page.GotoAsync(path);
        }
        else
        {
            await TestAccounts.SignInAsync(page, email, path);
        }
        return page;
    }

    /// <summary>The layout renders #interactive-marker once the Blazor circuit is up.</summary>
    public static Task WaitForCircuitAsync(IPage page) =>
        page.Locator("#interactive-marker").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 20_000 });

    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = false) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsFolder, name + ".png"), FullPage = fullPage });

    /// <summary>Runs a browser test body; on failure keeps a screenshot named after the test.</summary>
    public static async Task GuardAsync(IPage page, string name, Func<Task> body)
    {
        try
        {
            await body();
        }
        catch
        {
            await ScreenshotAsync(page, "FAILED-" + name);
            throw;
        }
    }

    /// <summary>
    /// Closes every page a test opened. An open page keeps its circuit alive, and the server under test would otherwise
    /// wait out its whole shutdown timeout for it; app hosts call this first when disposed.
    /// </summary>
    public static async Task CloseOpenContextsAsync()
    {
        while (OpenContexts.TryDequeue(out var context))
        {
            await context.CloseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
