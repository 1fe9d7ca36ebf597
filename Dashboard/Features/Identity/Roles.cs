namespace Dashboard.Features.Identity;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Coordinator = "Coordinator";
    public const string Leader = "Leader";
    public const string Viewer = "Viewer";

    public static readonly IReadOnlyList<string> All = [Admin, Coordinator, Leader, Viewer];
}
