using Dashboard.Features.People;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Features.Identity;

/// <summary>A user of the dashboard. Roles: Admin, Coordinator (with an agency), Leader, Viewer.</summary>
public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public Agency? Agency { get; set; }
    /// <summary>Set for one-time passwords printed by the `users add` verb.</summary>
    public bool MustChangePassword { get; set; }
}
