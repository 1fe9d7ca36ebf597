using Dashboard.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;

namespace Dashboard.Features.Identity;

/// <summary>Which roles meet each of the <see cref="Policies"/>, enforced on the server for pages, endpoints and the job dashboard.</summary>
internal static class PolicyRoles
{
    public static void Add(AuthorizationOptions o)
    {
        o.AddPolicy(Policies.Sensitive, p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.Leader));
        o.AddPolicy(Policies.DataEntry, p => p.RequireRole(Roles.Admin, Roles.Coordinator));
        o.AddPolicy(Policies.Leadership, p => p.RequireRole(Roles.Admin, Roles.Leader));
        o.AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));
        // Every endpoint needs a signed-in user unless it says otherwise (login, health, assets, language switch).
        o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
