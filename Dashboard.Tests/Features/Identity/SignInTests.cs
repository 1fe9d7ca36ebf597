using System.Net;
using Dashboard.Features.Identity;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.Identity;

[Collection(AppHostGroup.Name)]
public sealed class SignInTests : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task SignIn_LocksTheAccount_AfterFiveWrongPasswords()
    {
        var email = await TestAccounts.CreateAsync(_app, Roles.Viewer);
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        for (var i = 0; i < 5; i++)
        {
            var wrong = await TestAccounts.SignInAsync(client, email, "Sai-mat-khau-1");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        var right = await TestAccounts.SignInAsync(client, email, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Tài khoản tạm thời bị khóa", WebUtility.HtmlDecode(await right.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task OneTimePassword_LeadsOnlyToThePasswordPage_UntilChanged()
    {
        var email = await TestAccounts.CreateAsync(_app, Roles.Leader, mustChange: true);
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var signIn = await TestAccounts.SignInAsync(client, email, TestAccounts.Password);
        Assert.StartsWith("/account/password", new Uri(new Uri("http://localhost"), signIn.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
        var overview = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, overview.StatusCode);
        Assert.StartsWith("/account/password", new Uri(new Uri("http://localhost"), overview.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_CarryTheSecurityHeaders()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(new Uri("/login", UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
