namespace Dashboard.Infrastructure.Web;

/// <summary>
/// `dotnet run --project Dashboard` (a Debug build) starts in Development, with demo data and demo accounts; a published
/// Release build starts in Production. ASPNETCORE_ENVIRONMENT, DOTNET_ENVIRONMENT or --environment, when given, win, and so
/// does a test host's choice: the default is only a command-line argument, the weakest host setting.
/// (No launch profile: its notice on standard output would spoil the JSON that verbs print.)
/// </summary>
internal static class DefaultEnvironment
{
    public static string[] Apply(string[] args)
    {
        var given = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is not null
            || Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is not null
            || args.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase));
        return given ? args : [.. args, "--environment", BuildDefault];
    }

#if DEBUG
    private const string BuildDefault = "Development";
#else
    private const string BuildDefault = "Production";
#endif
}
