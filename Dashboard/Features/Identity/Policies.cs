using Microsoft.AspNetCore.Authorization;

namespace Dashboard.Features.Identity;

/// <summary>Who may do what (SPEC §4.9), enforced on the server for pages, endpoints and the job dashboard.</summary>
public static class Policies
{
    /// <summary>Request subjects, reference numbers, record lists: everyone but a Viewer.</summary>
    public const string Sensitive = "Sensitive";
    /// <summary>Entering and editing data.</summary>
    public const string DataEntry = "DataEntry";
    /// <summary>Review mode and recording awards.</summary>
    public const string Leadership = "Leadership";
    public const string Admin = "Admin";

    public static void Add(AuthorizationOptions o)
    {
        o.AddPolicy(Sensitive, p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.Leader));
        o.AddPolicy(DataEntry, p => p.RequireRole(Roles.Admin, Roles.Coordinator));
        o.AddPolicy(Leadership, p => p.RequireRole(Roles.Admin, Roles.Leader));
        o.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        // Every endpoint needs a signed-in user unless it says otherwise (login, health, assets, language switch).
        o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
