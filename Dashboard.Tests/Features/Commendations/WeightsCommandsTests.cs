using System.Globalization;
using Dashboard.Features.Audit;
using Dashboard.Features.Commendations;
using Dashboard.Features.Identity;
using Dashboard.Features.People;
using Dashboard.Features.Settings;
using Dashboard.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Features.Commendations;

public sealed class WeightsCommandsTests
{
    public WeightsCommandsTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Cultures.Vi;

    [Fact]
    public async Task SavingWeights_ChangesTheRanking_AndIsAuditedAsTheAdmin()
    {
        await using var kit = await CommendationKit.CreateAsync("quantri@test.local", Roles.Admin);
        var answers = await kit.Data.PersonAsync("T01", "Nguyễn Thị Hà");
        var resolves = await kit.Data.PersonAsync("T02", "Lê Văn Minh");
        await kit.AnsweredOnTimeAsync(answers, 4);   // 40
        await kit.ResolvedAsync(resolves, 3);        // 45
        var board = kit.Core.Get<CommendationBoard>();
        Assert.Equal(["T02", "T01"], (await board.LoadAsync(CommendationKit.ToDate)).Rows.Select(r => r.Candidate.PersonCode));
        var form = WeightsForm.From(await kit.Core.Get<CommendationWeightsStore>().GetAsync());
        form.AnsweredOnTime = 20m;

        var result = await kit.Core.Scoped<WeightsCommands>().SaveWeightsAsync(form);

        Assert.True(result.Ok, string.Join("; ", result.Errors));
        var after = await board.LoadAsync(CommendationKit.ToDate);
        Assert.Equal(["T01", "T02"], after.Rows.Select(r => r.Candidate.PersonCode));
        Assert.Equal(80m, after.Rows[0].Candidate.Score);
        await using var db = kit.Core.Db();
        var audit = await db.AuditEntries.SingleAsync(a => a.Entity == nameof(Setting));
        Assert.Equal(("quantri@test.local", CommendationWeightsStore.Key), (audit.Actor, audit.EntityKey));
        Assert.Contains("answeredOnTime", audit.Changes);
    }

    [Fact]
    public async Task SavingWeights_RefusesANegativeThreshold_AndATopNOutside1To100_ChangingNothing()
    {
        await using var kit = await CommendationKit.CreateAsync("quantri@test.local", Roles.Admin);
        var form = WeightsForm.From(CommendationWeights.Default);
        form.Threshold = -1m;
        form.TopPerAgency = 101;
        form.Verification = null;

        var result = await kit.Core.Scoped<WeightsCommands>().SaveWeightsAsync(form);

        Assert.Equal(["Vui lòng nhập Mỗi lượt xác minh.", "Ngưỡng đề xuất (điểm) phải lớn hơn hoặc bằng 0.", "Số người tối đa mỗi bên phải từ 1 đến 100."], result.Errors);
        Assert.Equal(CommendationWeights.Default, await kit.Core.Get<CommendationWeightsStore>().GetAsync());
        await using var db = kit.Core.Db();
        Assert.DoesNotContain(await db.Settings.ToListAsync(), s => s.Key == CommendationWeightsStore.Key);
    }

    [Fact]
    public async Task Reset_BringsBackTheDefaults()
    {
        await using var kit = await CommendationKit.CreateAsync("quantri@test.local", Roles.Admin);
        var store = kit.Core.Get<CommendationWeightsStore>();
        await store.SaveAsync(CommendationWeights.Default with { Threshold = 90m, TopPerAgency = 3 });

        var result = await kit.Core.Scoped<WeightsCommands>().ResetWeightsAsync();

        Assert.True(result.Ok);
        Assert.Equal(CommendationWeights.Default, await store.GetAsync());
    }
}
