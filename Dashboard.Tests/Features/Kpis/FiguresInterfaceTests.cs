using System.Net;
using System.Text.Json;
using Dashboard.Cli;
using Dashboard.Features.Incidents;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Features.Kpis;

/// <summary>GET /api/kpis, /api/heatmap and the verbs kpis, heatmap over the same file: same JSON, same refusals.</summary>
[Collection(AppHostGroup.Name)]
public sealed class FiguresInterfaceTests : IAsyncLifetime
{
    private const string Inputs = "agreement=QCPH-2023&from=2024-03-01&to=01/04/2024&asOf=2024-03-20T12:00:00%2B07:00";
    private static readonly string[] VerbInputs = ["--agreement", "QCPH-2023", "--from", "2024-03-01", "--to", "01/04/2024", "--as-of", "2024-03-20T12:00:00+07:00"];

    private TestDatabase _db = null!;
    private WebApplicationFactory<Program> _app = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var data = new FigureData(_db);
        var ha = await data.PersonAsync("T01", "Nguyễn Thị Hà");
        var received = FigureData.Local(2024, 3, 2, 8, 0);
        for (var i = 0; i < 4; i++)
        {
            await data.RequestAsync(received, received.AddDays(1), answered: received.AddHours(5 + i), assignee: ha);
        }
        await data.IncidentAsync(FigureData.Local(2024, 3, 3, 23, 30), "027", IncidentKind.CableTheft, resolved: FigureData.Local(2024, 3, 4, 9, 0), contact: ha);
        _app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("ConnectionStrings:Dashboard", _db.ConnectionString);
            b.UseSetting("Demo:SeedOnStart", "false");
        });
    }

    private HttpClient? _viewer;

    /// <summary>The figures are for every signed-in role; a Viewer is the least of them.</summary>
    private async Task<HttpClient> ViewerAsync() => _viewer ??= await TestAccounts.ClientAsync(_app, Dashboard.Features.Identity.Roles.Viewer);

    [Fact]
    public async Task Api_RefusesAnonymousCallers_With401()
    {
        using var anonymous = _app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync(new Uri($"/api/kpis?{Inputs}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        _viewer?.Dispose();
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Theory]
    [InlineData("kpis", Inputs)]
    [InlineData("heatmap", Inputs + "&shape=areaByWeek")]
    [InlineData("heatmap", Inputs + "&shape=weekdayByHour")]
    public async Task TheVerbs_PrintTheSameJsonAsTheApi(string verb, string query)
    {
        var response = await (await ViewerAsync()).GetAsync($"/api/{verb}?{query}");
        var api = await response.Content.ReadAsStringAsync();
        var shape = query.Contains("shape=", StringComparison.Ordinal) ? ["--shape", query.Split("shape=")[1]] : Array.Empty<string>();
        var (exit, stdout, stderr) = await RunVerbAsync([verb, .. VerbInputs, .. shape]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((0, ""), (exit, stderr));
        Assert.Equal(api, stdout.TrimEnd('\r', '\n'));
        using var json = JsonDocument.Parse(api);
        Assert.True(json.RootElement.TryGetProperty(verb == "kpis" ? "commendationCandidates" : "cells", out _));
    }

    [Fact]
    public async Task TheKpis_FromTheApi_CarryTheFigures()
    {
        using var json = JsonDocument.Parse(await (await ViewerAsync()).GetStringAsync($"/api/kpis?{Inputs}"));
        var root = json.RootElement;

        Assert.Equal("2024-04-01", root.GetProperty("to").GetString());
        Assert.Equal("2024-03-20T12:00:00+07:00", root.GetProperty("asOf").GetString());
        Assert.Equal(4, root.GetProperty("requests").GetProperty("answeredOnTime").GetInt32());
        Assert.Equal(6.5, root.GetProperty("requests").GetProperty("turnaroundHoursMedian").GetDouble());
        Assert.Equal(1, root.GetProperty("incidents").GetProperty("byArea").GetProperty("027").GetInt32());
        Assert.Equal(55, root.GetProperty("commendationCandidates")[0].GetProperty("score").GetDouble());
    }

    [Theory]
    [InlineData("kpis?agreement=QCPH-1999")]
    [InlineData("kpis?from=2024-13-01")]
    [InlineData("kpis?from=2024-03-01&to=2024-03-01")]
    [InlineData("kpis?asOf=h%C3%B4m-nay")]
    [InlineData("heatmap?shape=areaByDay")]
    [InlineData("heatmap")]
    public async Task BadInput_Is400_WithAVietnameseError(string pathAndQuery)
    {
        var response = await (await ViewerAsync()).GetAsync($"/api/{pathAndQuery}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["error"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Matches("không hợp lệ|Không tìm thấy", json.RootElement.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("kpis", "--agreement", "QCPH-1999")]
    [InlineData("kpis", "--to", "31/02/2024")]
    [InlineData("heatmap", "--shape", "areaByDay")]
    public async Task BadInput_ExitsWith1_AndTheMessageOnStandardError(params string[] args)
    {
        var (exit, stdout, stderr) = await RunVerbAsync(args);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Matches("không hợp lệ|Không tìm thấy", stderr);
    }

    [Theory]
    [InlineData("kpis")]
    [InlineData("heatmap")]
    public async Task OnADatabaseNeverMigrated_TheVerbSaysToRunMigrate(string verb)
    {
        var folder = Directory.CreateTempSubdirectory("never-migrated-");
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await CliApp.RunAsync([verb, $"--ConnectionStrings:Dashboard=Data Source={Path.Combine(folder.FullName, "new.db")}"], output, error);

            Assert.Equal(1, exit);
            Assert.Equal("", output.ToString());
            Assert.Contains("hãy chạy lệnh `migrate` trước", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private async Task<(int Exit, string Stdout, string Stderr)> RunVerbAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, $"--ConnectionStrings:Dashboard={_db.ConnectionString}"], output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
