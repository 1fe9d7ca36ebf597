using System.Net;
using Dashboard.Features.Audit;
using Dashboard.Features.Identity;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Features.Identity;

[Collection(AppHostGroup.Name)]
public sealed class ViewerSeesNoSubjectTests : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new(seedDemo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Viewer_ReceivesNoRequestSubjectOrReference_FromAnyPageOrEndpoint()
    {
        using var viewer = await TestAccounts.ClientAsync(_app, Roles.Viewer);
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var secrets = await db.Requests.Select(r => r.Subject).Concat(db.Requests.Select(r => r.ReferenceNo)).Distinct().ToListAsync();
        Assert.NotEmpty(secrets);
        string[] urls =
        [
            "/", "/heatmaps", "/api/kpis", "/api/kpis?agreement=QCPH-2012", "/api/heatmap?shape=areaByWeek",
            "/requests", "/requests/1", "/requests/export", "/incidents", "/incidents/export", "/commendations", "/review", "/digests",
        ];

        foreach (var url in urls)
        {
            var response = await viewer.GetAsync(new Uri(url, UriKind.Relative));
            var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            var leaked = secrets.Where(s => body.Contains(s, StringComparison.Ordinal)).Take(3).ToList();
            Assert.True(leaked.Count == 0, $"{url} ({response.StatusCode}) leaks: {string.Join(" | ", leaked)}");
        }
    }

    [Fact]
    public async Task OpeningARequest_IsAudited_WithTheReader()
    {
        using var leader = await TestAccounts.ClientAsync(_app, Roles.Leader);
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var request = await db.Requests.OrderBy(r => r.Id).FirstAsync();

        var response = await leader.GetAsync(new Uri($"/requests/{request.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var viewed = await db.AuditEntries.Where(a => a.Action == "Viewed" && a.EntityKey == request.ReferenceNo).ToListAsync();
        Assert.Contains(viewed, a => a.Actor.StartsWith("leader-", StringComparison.Ordinal));
    }
}
