namespace Dashboard.Features.Identity;

/// <summary>A user signed in with a one-time password reaches nothing but the password page until they change it.</summary>
internal static class PasswordChangeGate
{
    public const string ClaimType = "dashboard:must-change-password";

    private static readonly string[] Open = ["/account/password", "/logout", "/login", "/assets/", "/_framework/", "/_content/", "/health", "/culture/"];

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path.Value ?? "/";
        if (context.User.HasClaim(c => c.Type == ClaimType) && !Open.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect("/account/password?returnUrl=" + Uri.EscapeDataString(path));
            return;
        }
        await next();
    });
}
