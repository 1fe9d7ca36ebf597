using System.Net;
using Dashboard.Features.Digests;
using Dashboard.Features.Identity;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Features.Digests;

[Collection(AppHostGroup.Name)]
public sealed class DigestAccessTests : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task JobDashboard_SendsAnonymousVisitorsToLogin()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/hangfire", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Leader)]
    [InlineData(Roles.Viewer)]
    public async Task JobDashboardAndWorkbooks_AreRefused_ToEveryoneButAdmins(string role)
    {
        using var client = await TestAccounts.ClientAsync(_app, role);
        var run = await BuildRunAsync();

        foreach (var path in new[] { "/hangfire", "/hangfire/recurring", $"/digests/{run}/workbook" })
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{role} {path}: {response.StatusCode}");
            Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task JobDashboardAndWorkbooks_OpenForAnAdmin()
    {
        using var client = await TestAccounts.ClientAsync(_app, Roles.Admin);
        var run = await BuildRunAsync();

        var dashboard = await client.GetAsync(new Uri("/hangfire/recurring", UriKind.Relative));
        var workbook = await client.GetAsync(new Uri($"/digests/{run}/workbook?lang=en", UriKind.Relative));
        var missing = await client.GetAsync(new Uri("/digests/999999/workbook", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains(DigestJobs.RecurringId, await dashboard.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal(DigestMessage.XlsxType, workbook.Content.Headers.ContentType?.MediaType);
        Assert.Equal("digest-QCPH-2023-2026-W47-leadership-en.xlsx", workbook.Content.Headers.ContentDisposition?.FileName);
        using var opened = new ClosedXML.Excel.XLWorkbook(await workbook.Content.ReadAsStreamAsync());
        Assert.Equal("Summary", opened.Worksheets.First().Name);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task<int> BuildRunAsync() =>
        await _app.Services.GetRequiredService<DigestRuns>().FindOrBuildAsync("QCPH-2023", new IsoWeek(2026, 47), DigestScope.Leadership);
}
