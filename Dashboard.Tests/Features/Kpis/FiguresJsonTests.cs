using System.Text.Json;
using Dashboard.Features.Commendations;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Tests.Features.Kpis;

public sealed class FiguresJsonTests
{
    private static readonly Dashboard.Features.Kpis.Kpis Sample = new(
        new FigureWindow(2, "QCPH-2023", new DateOnly(2023, 10, 29), new DateOnly(2026, 11, 29), new DateTimeOffset(2026, 11, 28, 5, 0, 0, TimeSpan.Zero).ToOffset(LocalClock.Offset), [2]),
        new RequestFigures(3, 1, 1, 45, 42, 39, 39.0 / 42, 30.45, 70.25),
        new VerificationFigures(1520, new Dictionary<VerificationKind, long> { [VerificationKind.SubscriberIdentity] = 800, [VerificationKind.CallRecords] = 720 }),
        new IncidentFigures(120, 100, 100.0 / 120, 52.05, 7, 12345, 5400, 123456789,
            new Dictionary<IncidentKind, int> { [IncidentKind.CableTheft] = 40 },
            new Dictionary<IncidentSeverity, int> { [IncidentSeverity.Critical] = 3 },
            new Dictionary<string, int> { ["024"] = 12 }),
        [new CommendationCandidate("T01", "Nguyễn Thị Hà", Agency.Telecom, 83.505m, new CommendationBreakdown(5, 1, 290, 1, 0, 0))]);

    [Fact]
    public void Kpis_HaveTheFieldsOfSpec52_InOrder()
    {
        using var json = JsonDocument.Parse(FiguresJson.Serialize(Sample));
        var root = json.RootElement;

        Assert.Equal(["agreement", "from", "to", "asOf", "requests", "verifications", "incidents", "commendationCandidates"], Names(root));
        Assert.Equal(["open", "overdue", "dueWithin24h", "received", "answered", "answeredOnTime", "onTimeRate", "turnaroundHoursMedian", "turnaroundHoursP90"],
            Names(root.GetProperty("requests")));
        Assert.Equal(["total", "byKind"], Names(root.GetProperty("verifications")));
        Assert.Equal(["occurred", "resolved", "resolutionRate", "meanHoursToResolve", "open", "outageMinutes", "subscribersAffected", "damageVnd",
            "byKind", "bySeverity", "byArea"], Names(root.GetProperty("incidents")));
        var candidate = root.GetProperty("commendationCandidates")[0];
        Assert.Equal(["personCode", "fullName", "agency", "score", "breakdown"], Names(candidate));
        Assert.Equal(["answeredOnTime", "answeredLate", "verifications", "incidentsResolved", "criticalResolved", "overdueNow"], Names(candidate.GetProperty("breakdown")));
        Assert.Equal(["SubscriberIdentity", "CallRecords"], Names(root.GetProperty("verifications").GetProperty("byKind")));
        Assert.Equal(["024"], Names(root.GetProperty("incidents").GetProperty("byArea")));
    }

    [Fact]
    public void Values_AreRoundedInTheOutput_AndDatesAreLocal()
    {
        var text = FiguresJson.Serialize(Sample);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        var requests = root.GetProperty("requests");
        var incidents = root.GetProperty("incidents");

        Assert.Equal("2023-10-29", root.GetProperty("from").GetString());
        Assert.Equal("2026-11-29", root.GetProperty("to").GetString());
        Assert.Equal("2026-11-28T12:00:00+07:00", root.GetProperty("asOf").GetString());
        Assert.Equal(0.9286, requests.GetProperty("onTimeRate").GetDouble());
        Assert.Equal(30.5, requests.GetProperty("turnaroundHoursMedian").GetDouble());   // 30.45 → half away from zero
        Assert.Equal(70.3, requests.GetProperty("turnaroundHoursP90").GetDouble());
        Assert.Equal(0.8333, incidents.GetProperty("resolutionRate").GetDouble());
        Assert.Equal(52.1, incidents.GetProperty("meanHoursToResolve").GetDouble());
        Assert.Equal(83.51, root.GetProperty("commendationCandidates")[0].GetProperty("score").GetDouble());
        Assert.Equal("Telecom", root.GetProperty("commendationCandidates")[0].GetProperty("agency").GetString());
        Assert.Contains("\"Nguyễn Thị Hà\"", text);
    }

    [Fact]
    public void AllAgreements_And_NoValues_AreNull()
    {
        var empty = Sample with
        {
            Window = Sample.Window with { AgreementId = null, AgreementCode = null },
            Requests = new RequestFigures(0, 0, 0, 0, 0, 0, null, null, null),
        };
        using var json = JsonDocument.Parse(FiguresJson.Serialize(empty));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("agreement").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("requests").GetProperty("onTimeRate").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("requests").GetProperty("turnaroundHoursP90").ValueKind);
    }

    private static List<string> Names(JsonElement e) => [.. e.EnumerateObject().Select(p => p.Name)];
}
