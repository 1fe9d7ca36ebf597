using System.Globalization;
using Dashboard.Features.Commendations;
using Dashboard.Features.Kpis;
using Dashboard.Features.Incidents;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.Kpis;

public class CommendationCandidateTests : FiguresFixture
{
    private static readonly DateOnly March = new(2024, 3, 1);
    private static readonly DateOnly April = new(2024, 4, 1);
    private static readonly DateTime AsOf = Local(2024, 3, 20, 12, 0);

    [Fact]
    public async Task Score_AndBreakdown_FollowTheTable()
    {
        var ha = await Data.PersonAsync("T01", "Nguyễn Thị Hà");
        var police = await Data.PersonAsync("P01", "Lò Văn Minh", Agency.Police);
        await AnsweredAsync(ha, onTime: 5, late: 1);
        await Data.RequestAsync(Local(2024, 3, 1), AsOf.AddHours(-1), assignee: ha);               // overdue now: −5
        var request = await Data.RequestAsync(Local(2024, 3, 2), Local(2024, 3, 9));
        await Data.VerificationAsync(request, VerificationKind.CallRecords, 200, Local(2024, 3, 3), ha);
        await Data.VerificationAsync(request, VerificationKind.CellLocation, 90, Local(2024, 3, 4), ha);
        var occurred = Local(2024, 3, 5);
        await Data.IncidentAsync(occurred, resolved: occurred.AddDays(1), lead: police, contact: ha);
        // The same person as lead officer and telecom contact counts once; Critical adds 10.
        await Data.IncidentAsync(occurred, severity: IncidentSeverity.Critical, resolved: occurred.AddDays(1), lead: police, contact: police);
        await Data.IncidentAsync(occurred, resolved: occurred.AddDays(2), lead: police);
        await Data.IncidentAsync(occurred, resolved: AsOf.AddSeconds(1), lead: police);             // resolved after asOf
        await Data.IncidentAsync(occurred, closed: occurred.AddDays(1), lead: police);              // closed without resolution

        var candidates = (await Figures.ComputeAsync(Query(March, April, AsOf))).CommendationCandidates;

        Assert.Equal(["T01", "P01"], candidates.Select(c => c.PersonCode));
        Assert.Equal(new CommendationCandidate("T01", "Nguyễn Thị Hà", Agency.Telecom, 78.5m, new CommendationBreakdown(5, 1, 290, 1, 0, 1)), candidates[0]);
        Assert.Equal(new CommendationCandidate("P01", "Lò Văn Minh", Agency.Police, 55m, new CommendationBreakdown(0, 0, 0, 3, 1, 0)), candidates[1]);
    }

    [Fact]
    public async Task Threshold_IsInclusive_AndExact()
    {
        var forty = await Data.PersonAsync("T01", "Trần Văn Bốn");
        var almost = await Data.PersonAsync("T02", "Trần Văn Ba");
        var checker = await Data.PersonAsync("T03", "Trần Văn Tám");
        await AnsweredAsync(forty, onTime: 4);
        await AnsweredAsync(almost, onTime: 3);
        var request = await Data.RequestAsync(Local(2024, 3, 2), Local(2024, 3, 9));
        await Data.VerificationAsync(request, VerificationKind.CallRecords, 199, Local(2024, 3, 3), almost);   // 30 + 9.95
        await Data.VerificationAsync(request, VerificationKind.CallRecords, 800, Local(2024, 3, 3), checker);  // 0.05 × 800 = 40

        var candidates = (await Figures.ComputeAsync(Query(March, April, AsOf))).CommendationCandidates;

        Assert.Equal(["T01", "T03"], candidates.Select(c => c.PersonCode).Order());
        Assert.All(candidates, c => Assert.Equal(40m, c.Score));
    }

    [Fact]
    public async Task CommendationInsideTheWindow_Excludes_OutsideDoesNot()
    {
        var inside = await Data.PersonAsync("T01", "Phạm Văn An");
        var onToDay = await Data.PersonAsync("T02", "Phạm Văn Bình");
        var before = await Data.PersonAsync("T03", "Phạm Văn Cường");
        var otherAgreement = await Data.PersonAsync("T04", "Phạm Văn Dũng");
        foreach (var p in new[] { inside, onToDay, before, otherAgreement })
        {
            await AnsweredAsync(p, onTime: 4);
        }
        await Data.CommendationAsync(inside, March);
        await Data.CommendationAsync(onToDay, April);
        await Data.CommendationAsync(before, March.AddDays(-1));
        await Data.CommendationAsync(otherAgreement, new DateOnly(2024, 3, 15), FigureData.Agreement2012);

        var one = (await Figures.ComputeAsync(Query(March, April, AsOf))).CommendationCandidates;
        var all = (await Figures.ComputeAsync(Query(March, April, AsOf, agreement: null))).CommendationCandidates;

        Assert.Equal(["T02", "T03", "T04"], one.Select(c => c.PersonCode).Order());
        Assert.Equal(["T02", "T03"], all.Select(c => c.PersonCode).Order());
    }

    [Fact]
    public async Task EqualScores_AreRankedByName_InVietnameseOrder()
    {
        string[] names = ["Nguyễn Văn Em", "Đặng Văn Anh", "Dương Văn Bảo", "Ân Văn Chung"];
        for (var i = 0; i < names.Length; i++)
        {
            await AnsweredAsync(await Data.PersonAsync($"T0{i}", names[i]), onTime: 4);
        }

        var ranked = (await Figures.ComputeAsync(Query(March, April, AsOf))).CommendationCandidates.Select(c => c.FullName).ToList();

        // vi-VN: Â after A, Đ a letter of its own after D; neither ordinal nor invariant order gives this.
        string[] vietnamese = ["Ân Văn Chung", "Dương Văn Bảo", "Đặng Văn Anh", "Nguyễn Văn Em"];
        Assert.Equal(vietnamese, ranked);
        Assert.NotEqual(vietnamese, names.Order(StringComparer.Ordinal));
        Assert.NotEqual(vietnamese, names.Order(StringComparer.InvariantCulture));
        Assert.True(CultureInfo.GetCultureInfo("vi-VN").CompareInfo.Compare("Đặng", "Dương") > 0);
    }

    [Fact]
    public async Task TopN_IsPerAgency_AndTheListKeepsRankOrder()
    {
        await new CommendationWeightsStore(Db).SaveAsync(CommendationWeights.Default with { TopPerAgency = 2 });
        await AnsweredAsync(await Data.PersonAsync("T60", "Hoàng Văn Sáu"), onTime: 6);
        await AnsweredAsync(await Data.PersonAsync("T50", "Hoàng Văn Năm"), onTime: 5);
        await AnsweredAsync(await Data.PersonAsync("T40", "Hoàng Văn Bốn"), onTime: 4);
        await AnsweredAsync(await Data.PersonAsync("P55", "Vàng Văn Lử", Agency.Police), onTime: 5, late: 1);

        var candidates = (await Figures.ComputeAsync(Query(March, April, AsOf))).CommendationCandidates;

        Assert.Equal(["T60", "P55", "T50"], candidates.Select(c => c.PersonCode));
    }

    [Fact]
    public async Task WeightsFromSettings_ChangeTheRanking()
    {
        var answers = await Data.PersonAsync("T01", "Lê Thị Mai");
        var resolver = await Data.PersonAsync("T02", "Lê Văn Hùng");
        await AnsweredAsync(answers, onTime: 5);                                         // 50
        foreach (var day in new[] { 5, 6, 7 })
        {
            await Data.IncidentAsync(Local(2024, 3, day), resolved: Local(2024, 3, day, 18), contact: resolver); // 45
        }
        var before = (await Figures.ComputeAsync(Query(March, April, AsOf))).CommendationCandidates;

        var store = new CommendationWeightsStore(Db);
        await store.SaveAsync(CommendationWeights.Default with { IncidentResolved = 20m, Threshold = 55m });
        var after = (await Figures.ComputeAsync(Query(March, April, AsOf))).CommendationCandidates;

        Assert.Equal(["T01", "T02"], before.Select(c => c.PersonCode));
        Assert.Equal(["T02"], after.Select(c => c.PersonCode));
        Assert.Equal(60m, after[0].Score);
        Assert.Equal(20m, (await store.GetAsync()).IncidentResolved);
    }

    /// <summary>Requests assigned to the person and answered in March: on time (at the deadline) or a day late.</summary>
    private async Task AnsweredAsync(Person person, int onTime, int late = 0)
    {
        var received = Local(2024, 3, 2, 8, 0);
        for (var i = 0; i < onTime; i++)
        {
            await Data.RequestAsync(received, received.AddDays(1), answered: received.AddDays(1), assignee: person);
        }
        for (var i = 0; i < late; i++)
        {
            await Data.RequestAsync(received, received.AddDays(1), answered: received.AddDays(2), assignee: person);
        }
    }
}
