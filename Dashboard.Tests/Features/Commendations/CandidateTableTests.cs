using Bunit;
using Dashboard.Features.Commendations;
using Dashboard.Features.Kpis;
using Dashboard.Features.People;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.Commendations;

public sealed class CandidateTableTests : MudTestContext
{
    private static CandidateRow Ha => new(1, new CommendationCandidate("T01", "Nguyễn Thị Hà", Agency.Telecom, 78.5m,
        new CommendationBreakdown(5, 1, 290, 1, 1, 1)), 7, "Trung tâm Viễn thông Vị Xuyên", "Kỹ thuật viên");

    [Fact]
    public void Table_WritesOutTheSumThatMakesTheScore()
    {
        var table = Render<CandidateTable>(p => p
            .Add(x => x.Agency, Agency.Telecom)
            .Add(x => x.Rows, [Ha])
            .Add(x => x.Weights, CommendationWeights.Default));

        var row = table.Find("tr[data-person=T01]");
        Assert.Equal(["1", "Nguyễn Thị Hà", "Trung tâm Viễn thông Vị Xuyên", "Kỹ thuật viên", "78,50",
            "5 yêu cầu trả lời đúng hạn × 10 = 50; 1 yêu cầu trả lời trễ hạn × 4 = 4; 290 lượt xác minh × 0,05 = 14,5; "
            + "1 vụ việc giải quyết dứt điểm × 15 = 15; 1 vụ đặc biệt nghiêm trọng (điểm cộng) × 10 = 10; 1 yêu cầu đang quá hạn × -5 = -5"],
            row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Contains("Đề xuất khen thưởng — Viễn thông", table.Markup);
        Assert.Empty(table.FindAll(".award-button"));
    }

    [Fact]
    public void Table_FollowsTheWeightsItIsGiven()
    {
        var table = Render<CandidateTable>(p => p
            .Add(x => x.Agency, Agency.Telecom)
            .Add(x => x.Rows, [Ha])
            .Add(x => x.Weights, CommendationWeights.Default with { AnsweredOnTime = 12m, Verification = 0.1m }));

        var breakdown = table.Find("td.breakdown").TextContent;
        Assert.StartsWith("5 yêu cầu trả lời đúng hạn × 12 = 60; 1 yêu cầu trả lời trễ hạn × 4 = 4; 290 lượt xác minh × 0,1 = 29;", breakdown);
    }

    [Fact]
    public void Table_OffersTheAwardButton_OnlyWhenTheCallerMayRecord()
    {
        CandidateRow? clicked = null;
        var table = Render<CandidateTable>(p => p
            .Add(x => x.Agency, Agency.Telecom)
            .Add(x => x.Rows, [Ha])
            .Add(x => x.Weights, CommendationWeights.Default)
            .Add(x => x.OnAward, r => clicked = r));

        table.Find(".award-button").Click();

        Assert.Equal("T01", clicked?.Candidate.PersonCode);
    }
}
