using System.Globalization;
using Dashboard.Features.Audit;
using Dashboard.Features.Commendations;
using Dashboard.Features.Identity;
using Dashboard.Features.Kpis;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Features.Commendations;

public sealed class CommendationCommandsTests
{
    public CommendationCommandsTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Cultures.Vi;

    [Fact]
    public async Task RecordAward_TakesThePersonOffTheCandidatesOfTheWindow_AndIsAudited()
    {
        await using var kit = await CommendationKit.CreateAsync("lanhdao@test.local", Roles.Leader);
        var ha = await kit.Data.PersonAsync("T01", "Nguyễn Thị Hà");
        var minh = await kit.Data.PersonAsync("T02", "Lê Văn Minh");
        await kit.AnsweredOnTimeAsync(ha, 5);
        await kit.AnsweredOnTimeAsync(minh, 4);
        var board = kit.Core.Get<CommendationBoard>();
        Assert.Equal(["T01", "T02"], (await board.LoadAsync(CommendationKit.ToDate)).Rows.Select(r => r.Candidate.PersonCode));

        var result = await kit.Core.Scoped<CommendationCommands>().RecordAwardAsync(new AwardForm
        {
            PersonId = ha.Id, Agreement = "QCPH-2023", Level = "Giấy khen", AwardingBody = "Giám đốc Viễn thông Hà Giang",
            AwardedOn = new DateTime(2024, 6, 15), Reason = "Trả lời đúng hạn 5 yêu cầu tra cứu thông tin.",
        });

        Assert.True(result.Ok, string.Join("; ", result.Errors));
        var after = await board.LoadAsync(CommendationKit.ToDate);
        Assert.Equal(["T02"], after.Rows.Select(r => r.Candidate.PersonCode));
        Assert.Equal(1, after.Rows[0].Rank);
        // Outside the window (the month before the award) the person is still a candidate.
        var before = await board.LoadAsync(CommendationKit.ToDate with { From = new DateOnly(2024, 3, 1), To = new DateOnly(2024, 4, 1) });
        Assert.Contains(before.Rows, r => r.Candidate.PersonCode == "T01");
        await using var db = kit.Core.Db();
        var audit = await db.AuditEntries.SingleAsync(a => a.Entity == nameof(Commendation));
        Assert.Equal(("Added", "lanhdao@test.local"), (audit.Action, audit.Actor));
        Assert.Contains(new AuditChanges.Change("AwardingBody", null, "Giám đốc Viễn thông Hà Giang"), AuditChanges.Parse(audit.Changes));
    }

    [Fact]
    public async Task RecordAward_IsRefused_ForACoordinator_EvenWithoutTheButton()
    {
        await using var kit = await CommendationKit.CreateAsync("dieuphoi@test.local", Roles.Coordinator);
        var ha = await kit.Data.PersonAsync("T01", "Nguyễn Thị Hà");
        await kit.AnsweredOnTimeAsync(ha, 5);

        var result = await kit.Core.Scoped<CommendationCommands>().RecordAwardAsync(new AwardForm
        {
            PersonId = ha.Id, Agreement = "QCPH-2023", AwardingBody = "Giám đốc Viễn thông Hà Giang", AwardedOn = new DateTime(2024, 6, 15),
        });

        Assert.False(result.Ok);
        Assert.Contains("Chỉ lãnh đạo", result.Errors[0]);
        await using var db = kit.Core.Db();
        Assert.Empty(await db.Commendations.ToListAsync());
        Assert.Contains((await kit.Core.Get<FiguresService>().ComputeAsync(CommendationKit.ToDate)).CommendationCandidates, c => c.PersonCode == "T01");
    }

    [Fact]
    public async Task RecordAward_SaysWhatIsMissing_AndRefusesAFutureDay()
    {
        await using var kit = await CommendationKit.CreateAsync("quantri@test.local", Roles.Admin);
        var ha = await kit.Data.PersonAsync("T01", "Nguyễn Thị Hà", Agency.Telecom);

        var result = await kit.Core.Scoped<CommendationCommands>().RecordAwardAsync(new AwardForm
        {
            PersonId = ha.Id, Agreement = "QCPH-2023", AwardingBody = " ", AwardedOn = new DateTime(2024, 6, 16),
        });

        Assert.Equal(["Vui lòng nhập Cấp khen thưởng.", "Ngày khen thưởng không được ở tương lai."], result.Errors);
    }
}
