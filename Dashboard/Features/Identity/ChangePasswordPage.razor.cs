using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Features.Identity;

public sealed partial class ChangePasswordPage
{
    [Inject] private SignInManager<AppUser> SignIn { get; set; } = default!;
    [Inject] private UserManager<AppUser> Users { get; set; } = default!;
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm] private PasswordInput? Input { get; set; }
    [SupplyParameterFromQuery] private string? ReturnUrl { get; set; }

    private readonly List<string> _errors = [];
    private bool _mustChange;
    private bool _done;

    protected override void OnInitialized()
    {
        Input ??= new();
        _mustChange = HttpContext.User.HasClaim(c => c.Type == PasswordChangeGate.ClaimType);
    }

    private async Task ChangeAsync()
    {
        var user = await Users.GetUserAsync(HttpContext.User);
        if (user is null)
        {
            return;
        }
        if (string.IsNullOrEmpty(Input!.Next) || Input.Next != Input.Confirm)
        {
            _errors.Add(L["Password_NoMatch"]);
            return;
        }
        var result = await Users.ChangePasswordAsync(user, Input.Current ?? "", Input.Next);
        if (!result.Succeeded)
        {
            _errors.AddRange(result.Errors.Select(e => e.Description));
            return;
        }
        user.MustChangePassword = false;
        await Users.UpdateAsync(user);
        await SignIn.SignInAsync(user, isPersistent: false);
        _mustChange = false;
        _done = true;
    }

    internal sealed class PasswordInput
    {
        public string? Current { get; set; }
        public string? Next { get; set; }
        public string? Confirm { get; set; }
    }
}
