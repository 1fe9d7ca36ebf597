using System.Net;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Infrastructure;

[Collection(AppHostGroup.Name)]
public sealed class WebHostTests : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Health_Answers200_WhenTheDatabaseIsMigrated()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Shell_IsVietnameseByDefault_AndEnglishAfterTheSwitch()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var vi = await client.GetStringAsync(new Uri("/login", UriKind.Relative));
        Assert.Contains("lang=\"vi\"", vi);
        Assert.Contains("Đăng nhập", WebUtility.HtmlDecode(vi));

        var switched = await client.GetAsync(new Uri("/culture/en?redirectUri=%2Frequests", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/requests", switched.Headers.Location?.ToString());
        var cookie = Assert.Single(switched.Headers.GetValues("Set-Cookie"));
        Assert.Contains("en-GB", Uri.UnescapeDataString(cookie));
        var en = await client.GetStringAsync(new Uri("/login", UriKind.Relative));
        Assert.Contains("lang=\"en\"", en);
        Assert.Contains("Sign in", en);
    }

    [Fact]
    public async Task CultureSwitch_RefusesToRedirectOffSite()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/culture/en?redirectUri=%2F%2Fevil.example", UriKind.Relative));

        Assert.Equal("/", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Fonts_AreServedByTheAppItself()
    {
        using var client = _app.CreateClient();

        var css = await client.GetStringAsync(new Uri("/assets/css/fonts.css", UriKind.Relative));
        var font = await client.GetAsync(new Uri("/assets/fonts/roboto-vietnamese-400-normal.woff2", UriKind.Relative));

        Assert.Contains("roboto-vietnamese-400-normal.woff2", css);
        Assert.DoesNotContain("http", css);
        Assert.Equal(HttpStatusCode.OK, font.StatusCode);
    }
}
