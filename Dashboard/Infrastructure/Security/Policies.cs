namespace Dashboard.Infrastructure.Security;

/// <summary>
/// The names of who may do what (SPEC §4.9), which every feature's pages, endpoints and menu links name; Identity says which
/// roles meet each (<c>PolicyRoles</c>), so that a feature asks for a policy without depending on Identity.
/// </summary>
public static class Policies
{
    /// <summary>Request subjects, reference numbers, record lists: everyone but a Viewer.</summary>
    public const string Sensitive = "Sensitive";
    /// <summary>Entering and editing data.</summary>
    public const string DataEntry = "DataEntry";
    /// <summary>Review mode and recording awards.</summary>
    public const string Leadership = "Leadership";
    public const string Admin = "Admin";
}
