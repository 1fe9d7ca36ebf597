using Microsoft.AspNetCore.Localization;

namespace Dashboard.Infrastructure.Localization;

public static class LocalizationRegistration
{
    public static IServiceCollection AddDashboardLocalization(this IServiceCollection services)
    {
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Cultures.Vietnamese).AddSupportedCultures(Cultures.Supported).AddSupportedUICultures(Cultures.Supported);
            // Only the user's choice (cookie) counts; a browser set to English still gets Vietnamese first.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>GET /culture/{culture}?redirectUri=/x remembers the language in a cookie for a year.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/{culture}", (string culture, string? redirectUri, HttpContext http) =>
        {
            var chosen = Cultures.Normalize(culture);
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            var target = redirectUri is { Length: > 0 } && redirectUri.StartsWith('/') && !redirectUri.StartsWith("//", StringComparison.Ordinal) ? redirectUri : "/";
            return Results.LocalRedirect(target);
        }).AllowAnonymous();
        return app;
    }
}
