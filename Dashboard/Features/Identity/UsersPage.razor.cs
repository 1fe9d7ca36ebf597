using Dashboard.Features.Audit;
using Dashboard.Features.People;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Identity;

public sealed partial class UsersPage
{
    [Inject] private IServiceScopeFactory Scopes { get; set; } = default!;
    [Inject] private UserDb UserDb { get; set; } = default!;

    private List<UserRow> _users = [];
    private readonly List<string> _errors = [];
    private string? _email, _name, _created;
    private string _role = Roles.Viewer;
    private Agency? _agency;
    private bool _busy;

    internal sealed record UserRow(string Id, string? Email, string? DisplayName, IList<string> Roles, Agency? Agency, bool Locked, bool MustChangePassword);

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        // One scope per operation: a circuit lives for hours, an Identity store must not.
        using var scope = Scopes.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var rows = new List<UserRow>();
        foreach (var u in await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync())
        {
            var locked = u.LockoutEnd is { } end && end > DateTimeOffset.UtcNow;
            rows.Add(new UserRow(u.Id, u.Email, u.DisplayName, await users.GetRolesAsync(u), u.Agency, locked, u.MustChangePassword));
        }
        _users = rows;
    }

    private async Task AddAsync()
    {
        _errors.Clear();
        _created = null;
        if (string.IsNullOrWhiteSpace(_email))
        {
            _errors.Add(L["Users_NeedEmail"]);
            return;
        }
        _busy = true;
        using var scope = Scopes.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        scope.ServiceProvider.GetRequiredService<Infrastructure.Data.DashboardDbContext>().Actor = await UserDb.ActorAsync();
        var (created, errors) = await accounts.AddAsync(_email.Trim(), _role, _agency, _name);
        _busy = false;
        if (created is null)
        {
            _errors.AddRange(errors.Select(e => e == "agency" ? L["Users_NeedAgency"].Value : e));
            return;
        }
        _created = L["Users_Created", created.User.Email!, created.OneTimePassword];
        (_email, _name) = (null, null);
        await LoadAsync();
    }

    private async Task ToggleLockAsync(UserRow row)
    {
        _errors.Clear();
        if (row.Email == await UserDb.ActorAsync())
        {
            _errors.Add(L["Users_Self"]);
            return;
        }
        using var scope = Scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<Infrastructure.Data.DashboardDbContext>().Actor = await UserDb.ActorAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(row.Id);
        if (user is not null)
        {
            await users.SetLockoutEndDateAsync(user, row.Locked ? null : DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(user);
        }
        await LoadAsync();
    }
}
