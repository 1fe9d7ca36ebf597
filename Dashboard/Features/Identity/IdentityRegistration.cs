using System.Threading.RateLimiting;
using Dashboard.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Identity;

public static class IdentityRegistration
{
    public const string LoginRateLimit = "login";

    /// <summary>Identity services only: enough for the verbs (users add) and the web server alike.</summary>
    public static IServiceCollection AddDashboardIdentityCore(this IServiceCollection services, IConfiguration configuration)
    {
        // Keys survive a restart, so do sign-ins and anti-forgery tokens. SQLite: a folder beside the file (one node).
        // PostgreSQL: the DataProtectionKeys table, so every node reads the same key ring and a sign-in on one node is
        // valid on the others.
        var protection = services.AddDataProtection().SetApplicationName("AgreementDashboard");
        if (DataRegistration.Provider(configuration) == DatabaseProvider.PostgreSQL)
        {
            protection.PersistKeysToDbContext<DashboardDbContext>();
        }
        else
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DataRegistration.DataDirectory(configuration), "keys")));
        }
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext());
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DashboardDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrors>();
        services.AddScoped<UserAccounts>();
        return services;
    }

    public static IServiceCollection AddDashboardIdentityWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/access-denied";
            o.Cookie.Name = "dashboard.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = configuration.GetValue("ReverseProxy:HttpsOnly", false) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            // The JSON API answers 401/403 instead of redirecting to the sign-in page.
            o.Events.OnRedirectToLogin = c => ApiAware(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiAware(c, StatusCodes.Status403Forbidden);
            o.SlidingExpiration = true;
        });
        services.AddAuthorization(PolicyRoles.Add);
        // Sign-in attempts (form posts) per client address: 10 a minute.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginRateLimit, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "?",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        return services;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/login");
        });
        return app;
    }
}
