namespace Dashboard.Infrastructure.Web;

/// <summary>
/// `dotnet run --project Dashboard` (a Debug build) starts in Development, with demo data and demo accounts; a published
/// Release build starts in Production. ASPNETCORE_ENVIRONMENT or DOTNET_ENVIRONMENT, when set, always win.
/// (No launch profile: its notice on standard output would spoil the JSON that verbs print.)
/// </summary>
internal static class DefaultEnvironment
{
    public static string? Name =>
        Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is null && Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is null
            ? BuildDefault
            : null;

#if DEBUG
    private const string BuildDefault = "Development";
#else
    private const string BuildDefault = "Production";
#endif
}
