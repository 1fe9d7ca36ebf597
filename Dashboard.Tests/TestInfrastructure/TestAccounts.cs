using System.Net;
using System.Text.RegularExpressions;
using Dashboard.Features.Identity;
using Dashboard.Features.People;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dashboard.Tests.TestInfrastructure;

/// <summary>Accounts made through the product's own service, and sign-in through the real login form.</summary>
public static partial class TestAccounts
{
    public const string Password = "Kiem-tra-2026";

    public static async Task<string> CreateAsync(WebApplicationFactory<Program> app, string role, Agency? agency = null, bool mustChange = false)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        using var scope = app.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var (created, errors) = await accounts.AddAsync(email, role, agency ?? (role == Roles.Coordinator ? Agency.Telecom : null),
            password: Password, mustChangePassword: mustChange);
        Assert.True(created is not null, string.Join("; ", errors));
        return email;
    }

    /// <summary>An HttpClient signed in as a new user of the role, through GET and POST /login like a browser.</summary>
    public static async Task<HttpClient> ClientAsync(WebApplicationFactory<Program> app, string role)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var email = await CreateAsync(app, role);
        var response = await SignInAsync(client, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync(new Uri("/login", UriKind.Relative));
        var token = TokenPattern().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(new Uri("/login", UriKind.Relative), content);
    }

    /// <summary>Signs a browser page in through the login form and waits for the circuit of the target page.</summary>
    public static async Task SignInAsync(IPage page, string email, string target = "/")
    {
        await page.GotoAsync("/login?returnUrl=" + Uri.EscapeDataString(target));
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await BrowserFixture.WaitForCircuitAsync(page);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
