using Microsoft.Playwright;

namespace Dashboard.Tests.Features.Journeys;

/// <summary>
/// Moves through a page the way a keyboard-only user does: Tab (or arrow keys in a menu or list) until the wanted control
/// has the focus, reading each focused control's name as a screen reader would, and checking that the focus can be seen.
/// </summary>
internal static class Keyboard
{
    // The accessible name, near enough: aria-label, the field's label, else the text.
    private const string FocusedScript = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return { name: '', ringed: false };
          // An open drop-down list keeps the focus on its field and points at the highlighted option.
          const option = e.getAttribute('aria-expanded') === 'true' && e.getAttribute('aria-activedescendant');
          if (option && document.getElementById(option)) {
            return { name: document.getElementById(option).innerText.replace(/\s+/g, ' ').trim(), ringed: true };
          }
          const field = e.closest('.mud-input-control');
          const label = field && field.querySelector('label');
          const name = e.getAttribute('aria-label') || (label && label.innerText) || (e.labels && e.labels.length && e.labels[0].innerText) || e.innerText || e.value || '';
          let ringed = false;
          for (let n = e, i = 0; n && i < 5 && !ringed; n = n.parentElement, i++) {
            const s = getComputedStyle(n);
            ringed = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
          }
          return { name: name.replace(/\s+/g, ' ').trim(), ringed };
        }
        """;

    /// <summary>Presses Tab until the control named <paramref name="name"/> (case-insensitive) has the focus; fails if it never does or its focus is invisible.</summary>
    public static Task TabToAsync(IPage page, string name, int maxPresses = 60) =>
        MoveToAsync(page, "Tab", n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase), name, maxPresses);

    /// <summary>Presses Tab until a control whose name matches <paramref name="name"/> has the focus.</summary>
    public static Task TabToAsync(IPage page, System.Text.RegularExpressions.Regex name, int maxPresses = 60) =>
        MoveToAsync(page, "Tab", name.IsMatch, name.ToString(), maxPresses);

    /// <summary>
    /// On a focused drop-down list or menu button: Enter opens it, the arrow keys reach <paramref name="option"/> (down,
    /// then up from the end) and Enter chooses it. Like a user, presses Enter once more if the first press came before the
    /// control was ready (its keyboard handling is wired up by script after the page renders).
    /// </summary>
    public static async Task ChooseAsync(IPage page, string option, int maxPresses = 20)
    {
        var open = page.Locator("[aria-expanded=true]:focus, .mud-popover-open [role=menuitem]:focus, .mud-popover-open .mud-menu-item:focus").First;
        await page.Keyboard.PressAsync("Enter");
        try
        {
            await open.WaitForAsync(new() { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            await page.Keyboard.PressAsync("Enter");
            await open.WaitForAsync();
        }
        bool Wanted(string n) => string.Equals(n, option, StringComparison.OrdinalIgnoreCase);
        if (!(await TryMoveToAsync(page, "ArrowDown", Wanted, option, maxPresses, stopAtEnd: true)).Found)
        {
            await MoveToAsync(page, "ArrowUp", Wanted, option, maxPresses);
        }
        await page.Keyboard.PressAsync("Enter");
    }

    private static async Task MoveToAsync(IPage page, string key, Func<string, bool> wanted, string name, int maxPresses)
    {
        var (found, seen) = await TryMoveToAsync(page, key, wanted, name, maxPresses, stopAtEnd: false);
        Assert.True(found, $"“{name}” was never reached with {key}; the focus went through: {string.Join(" | ", seen)}");
    }

    private static async Task<(bool Found, List<string> Seen)> TryMoveToAsync(
        IPage page, string key, Func<string, bool> wanted, string name, int maxPresses, bool stopAtEnd)
    {
        var seen = new List<string>();
        var focused = await FocusedAsync(page, previous: null);
        for (var i = 0; ; i++)
        {
            if (wanted(focused.Name))
            {
                Assert.True(focused.Ringed, $"the keyboard focus on “{name}” is not visible");
                return (true, seen);
            }
            seen.Add(focused.Name);
            if (i == maxPresses)
            {
                return (false, seen);
            }
            await page.Keyboard.PressAsync(key);
            var next = await FocusedAsync(page, previous: focused.Name);
            if (stopAtEnd && next.Name == focused.Name)
            {
                return (false, seen);
            }
            focused = next;
        }
    }

    /// <summary>
    /// The focused control; after a key press, waits up to a second for the focus to move, since menus and drop-down lists
    /// move their highlight through the server.
    /// </summary>
    private static async Task<Focused> FocusedAsync(IPage page, string? previous)
    {
        var focused = await page.EvaluateAsync<Focused>(FocusedScript);
        for (var wait = 0; wait < 20 && (focused.Name == previous || focused.Name.Length == 0); wait++)
        {
            await Task.Delay(50);
            focused = await page.EvaluateAsync<Focused>(FocusedScript);
        }
        return focused;
    }

    private sealed class Focused
    {
        public string Name { get; set; } = "";
        public bool Ringed { get; set; }
    }
}
