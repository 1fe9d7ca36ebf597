using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Features.Identity;

public sealed partial class LoginPage
{
    [Inject] private SignInManager<AppUser> SignIn { get; set; } = default!;
    [Inject] private UserManager<AppUser> Users { get; set; } = default!;
    [Inject] private NavigationManager Nav { get; set; } = default!;

    [SupplyParameterFromForm] private LoginInput? Input { get; set; }
    [SupplyParameterFromQuery] private string? ReturnUrl { get; set; }

    private string? _error;

    protected override void OnInitialized() => Input ??= new();

    private async Task SignInAsync()
    {
        if (string.IsNullOrWhiteSpace(Input!.Email) || string.IsNullOrEmpty(Input.Password))
        {
            _error = L["Login_Missing"];
            return;
        }
        var user = await Users.FindByEmailAsync(Input!.Email.Trim());
        if (user is null)
        {
            _error = L["Login_Wrong"];
            return;
        }
        var check = await SignIn.CheckPasswordSignInAsync(user, Input.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            _error = L["Login_LockedOut"];
            return;
        }
        if (!check.Succeeded)
        {
            _error = L["Login_Wrong"];
            return;
        }
        Claim[] extra = user.MustChangePassword ? [new Claim(PasswordChangeGate.ClaimType, "1")] : [];
        await SignIn.SignInWithClaimsAsync(user, isPersistent: false, extra);
        var target = LocalOnly(ReturnUrl);
        Nav.NavigateTo(user.MustChangePassword ? $"/account/password?returnUrl={Uri.EscapeDataString(target)}" : target, forceLoad: true);
    }

    internal static string LocalOnly(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";

    internal sealed class LoginInput
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }
}
