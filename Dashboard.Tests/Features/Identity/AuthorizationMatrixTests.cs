using System.Net;
using System.Reflection;
using Dashboard.Features.Identity;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Tests.Features.Identity;

[Collection(AppHostGroup.Name)]
public sealed class AuthorizationMatrixTests : IAsyncLifetime
{
    private const string A = Roles.Admin, C = Roles.Coordinator, L = Roles.Leader, V = Roles.Viewer;

    /// <summary>Who may open each page (SPEC §4.9); everything else is refused by the server.</summary>
    private static readonly Dictionary<string, string[]> Pages = new()
    {
        ["/"] = [A, C, L, V],
        ["/requests"] = [A, C, L],
        ["/requests/new"] = [A, C],
        ["/incidents"] = [A, C, L],
        ["/incidents/new"] = [A, C],
        ["/heatmaps"] = [A, C, L, V],
        ["/commendations"] = [A, C, L],
        ["/review"] = [A, L],
        ["/digests"] = [A],
        ["/import"] = [A, C],
        ["/audit"] = [A],
        ["/admin/users"] = [A],
        ["/admin/recipients"] = [A],
        ["/admin/settings"] = [A],
        ["/account/password"] = [A, C, L, V],
    };

    private readonly DashboardAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public void Matrix_CoversEveryRoutablePage()
    {
        var routes = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .Where(t => !t.Contains('{', StringComparison.Ordinal))
            .Except(["/login", "/access-denied"]);

        Assert.Empty(routes.Except(Pages.Keys));
    }

    [Fact]
    public async Task EveryPage_SendsAnonymousVisitorsToLogin_WithNothingLeaked()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var page in Pages.Keys)
        {
            var response = await client.GetAsync(new Uri(page, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page}: {response.StatusCode}");
            Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            Assert.Empty(await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/login", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData(A)]
    [InlineData(C)]
    [InlineData(L)]
    [InlineData(V)]
    public async Task EveryPage_OpensOnlyForTheRolesAllowed(string role)
    {
        using var client = await TestAccounts.ClientAsync(_app, role);
        foreach (var (page, allowed) in Pages)
        {
            var response = await client.GetAsync(new Uri(page, UriKind.Relative));
            if (allowed.Contains(role))
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} {page}: {response.StatusCode}");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{role} {page}: {response.StatusCode}");
                Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }
        }
    }
}
