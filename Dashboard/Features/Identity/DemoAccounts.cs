using Dashboard.Features.People;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Features.Identity;

/// <summary>Development only: one account per role, passwords documented in the README. Production has none.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo@2026hg";

    public static readonly (string Email, string Role, Agency? Agency, string Name)[] All =
    [
        ("admin@demo.local", Roles.Admin, null, "Quản trị hệ thống"),
        ("dieuphoi.vienthong@demo.local", Roles.Coordinator, Agency.Telecom, "Điều phối viên Viễn thông"),
        ("dieuphoi.congan@demo.local", Roles.Coordinator, Agency.Police, "Điều phối viên Công an"),
        ("lanhdao@demo.local", Roles.Leader, null, "Lãnh đạo"),
        ("xem@demo.local", Roles.Viewer, null, "Người xem"),
    ];

    public static async Task EnsureAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await accounts.EnsureRolesAsync();
        foreach (var (email, role, agency, name) in All)
        {
            if (await users.FindByEmailAsync(email) is null)
            {
                await accounts.AddAsync(email, role, agency, name, Password, mustChangePassword: false);
            }
        }
    }
}
