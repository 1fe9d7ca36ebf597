using Dashboard.Infrastructure.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;

namespace Dashboard.Components.Layout;

/// <summary>The menu: the features' links the user's policies allow, the current page's marked as MudNavLink would.</summary>
public sealed partial class NavMenu
{
    private static readonly IReadOnlyList<NavSection> Sections = NavSection.Of(FeatureCatalog.Navigation);

    private readonly HashSet<NavGroup> _closed = [];
    private HashSet<string> _allowed = [];
    private Task<AuthenticationState>? _evaluated;
    private string _path = "/";

    [Inject] private NavigationManager Nav { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState>? AuthState { get; set; }

    protected override void OnInitialized()
    {
        _path = PathOf(Nav);
        Nav.LocationChanged += OnLocationChanged;
    }

    /// <summary>Each policy is asked once per sign-in state, not once per link and render.</summary>
    protected override async Task OnParametersSetAsync()
    {
        if (AuthState is null || ReferenceEquals(AuthState, _evaluated))
        {
            return;
        }
        _evaluated = AuthState;
        var user = (await AuthState).User;
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var policy in FeatureCatalog.Navigation.Select(e => e.Policy).Concat(Sections.Select(s => s.Group?.Policy)).OfType<string>().Distinct())
        {
            if ((await Authorization.AuthorizeAsync(user, policy)).Succeeded)
            {
                allowed.Add(policy);
            }
        }
        _allowed = allowed;
    }

    private bool May(string? policy) => policy is null || _allowed.Contains(policy);

    private void Toggle(NavGroup group)
    {
        if (!_closed.Remove(group))
        {
            _closed.Add(group);
        }
    }

    /// <summary>NavLink's rule: the same path, or (Prefix) a path below the link's.</summary>
    private bool IsActive(NavEntry entry) =>
        string.Equals(_path, entry.Href, StringComparison.OrdinalIgnoreCase)
        || (entry.Match == NavLinkMatch.Prefix && _path.StartsWith(entry.Href.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase));

    private static string PathOf(NavigationManager nav) => "/" + nav.ToBaseRelativePath(nav.Uri).Split('?', '#')[0];

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        _path = PathOf(Nav);
        InvokeAsync(StateHasChanged);
    }

    public void Dispose() => Nav.LocationChanged -= OnLocationChanged;
}
