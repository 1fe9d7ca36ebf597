using System.Net;
using Dashboard.Features.Identity;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Features.Nodes;

/// <summary>Behind a proxy a browser may meet either node: the data-protection key ring is in the shared database.</summary>
[Collection(AppHostGroup.Name)]
public sealed class SignInAcrossNodesTests
{
    [Fact]
    public async Task ACookieSignedInOnNodeA_IsAcceptedByNodeB()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var admin = await TestAccounts.CreateAsync(nodes.A, Roles.Admin);
        // One cookie jar for both nodes, as one browser behind one address has.
        var jar = new CookieContainer();
        using var onA = nodes.A.CreateDefaultClient(new CookieJar(jar));
        using var onB = nodes.B.CreateDefaultClient(new CookieJar(jar));
        using var anonymousOnB = nodes.B.CreateDefaultClient(new CookieJar(new CookieContainer()));

        var signIn = await TestAccounts.SignInAsync(onA, admin, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains(jar.GetAllCookies(), c => c.Name == "dashboard.auth");
        using var page = await onB.GetAsync(new Uri("/digests", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        // The same page without the cookie sends a visitor to sign in: the 200 above is node A's sign-in, read by node B.
        using var anonymous = await anonymousOnB.GetAsync(new Uri("/digests", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        await using var db = nodes.Database.CreateDbContext();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
    }

    /// <summary>Keeps cookies like a browser (redirects are not followed, so each answer can be checked).</summary>
    private sealed class CookieJar(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            var header = cookies.GetCookieHeader(uri);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var cookie in set)
                {
                    cookies.SetCookies(uri, cookie);
                }
            }
            return response;
        }
    }
}
