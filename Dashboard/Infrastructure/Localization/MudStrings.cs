using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Infrastructure.Localization;

/// <summary>
/// MudBlazor's own texts (pager buttons, clear and close buttons, date-picker arrows — mostly aria-labels a screen reader
/// speaks) from the shared resources, so they follow the user's language like every other text.
/// Keys are MudBlazor's (for example <c>MudTablePager_NextPage</c>); a key we do not carry falls back to MudBlazor's English.
/// </summary>
public sealed class MudStrings(IStringLocalizer<SharedResource> strings) : MudLocalizer
{
    public override LocalizedString this[string key] => strings[key];

    public override LocalizedString this[string key, params object[] arguments] => strings[key, arguments];
}
