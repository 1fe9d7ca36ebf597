using System.Security.Cryptography;
using Dashboard.Features.People;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Features.Identity;

/// <summary>Creates accounts with a one-time password that must be changed at first sign-in.</summary>
public sealed class UserAccounts(UserManager<AppUser> users, RoleManager<IdentityRole> roles)
{
    public sealed record Created(AppUser User, string OneTimePassword);

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>Returns the errors (localised) or the account with its one-time password.</summary>
    public async Task<(Created? Account, IReadOnlyList<string> Errors)> AddAsync(
        string email, string role, Agency? agency, string? displayName = null, string? password = null, bool mustChangePassword = true)
    {
        var errors = new List<string>();
        var canonicalRole = Roles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
        if (canonicalRole is null)
        {
            errors.Add($"role:{role}");
            return (null, errors);
        }
        if (canonicalRole == Roles.Coordinator && agency is null)
        {
            errors.Add("agency");
            return (null, errors);
        }
        await EnsureRolesAsync();
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName ?? email,
            Agency = agency, MustChangePassword = mustChangePassword,
        };
        var secret = password ?? NewPassword();
        var result = await users.CreateAsync(user, secret);
        if (!result.Succeeded)
        {
            return (null, result.Errors.Select(e => e.Description).Distinct().ToList());
        }
        await users.AddToRoleAsync(user, canonicalRole);
        return (new Created(user, secret), errors);
    }

    /// <summary>14 characters from an alphabet without look-alikes, always with upper, lower and digit.</summary>
    public static string NewPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789";
        const string all = upper + lower + digits;
        var chars = new char[14];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        for (var i = 3; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
