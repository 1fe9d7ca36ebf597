using System.Globalization;
using Dashboard.Features.DemoData;
using Dashboard.Features.ReviewMode;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Localization;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.ReviewMode;

/// <summary>The review paragraph over the demo data, on a fixed clock: Saturday 28/11/2026, 12:00 in Hà Giang.</summary>
public sealed class ReviewSummaryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.FromHours(7));
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo(Cultures.Vietnamese), En = CultureInfo.GetCultureInfo(Cultures.English);
    private CoreServices _core = null!;

    public async Task InitializeAsync()
    {
        _core = await CoreServices.CreateAsync(new FixedTime(Now));
        await _core.Get<DemoDataGenerator>().SeedDemoAsync();
    }

    public async Task DisposeAsync() => await _core.DisposeAsync();

    [Fact]
    public async Task Summary_QuotesTheReviewReport_ForQCPH2012()
    {
        var data = await _core.Get<ReviewLoader>().LoadAsync(new OverviewSelection("QCPH-2012", PeriodKind.AgreementToDate));

        var vi = ReviewSummary.Write(data, Vi);
        var en = ReviewSummary.Write(data, En);

        Assert.StartsWith("Từ 01/01/2012 đến ngày 28/10/2023, hai bên đã phối hợp thực hiện 20 yêu cầu tra cứu thông tin, xác minh 920 lượt; đã trả lời ", vi);
        Assert.Contains("920 lượt", vi);
        Assert.Matches(@"Trong kỳ đã xảy ra \d+ vụ việc xâm hại công trình viễn thông, trong đó \d+ vụ đã được giải quyết dứt điểm \(đạt \d+(,\d)?%\)\.", vi);
        Assert.Matches(@"Có \d+ cá nhân có thành tích xuất sắc được đề xuất khen thưởng \(\d+ của Viễn thông, \d+ của Công an\)\.|Chưa có cá nhân nào", vi);
        Assert.DoesNotContain("So với kỳ trước", vi);
        Assert.StartsWith("From 01/01/2012 to 28/10/2023, the two sides have jointly handled 20 information-lookup requests and performed 920 verifications; ", en);
        Assert.Matches(@"During the period, \d+ incidents against telecom infrastructure occurred, \d+(\.\d)?% of which \(\d+\) were resolved definitively\.", en);
    }

    [Fact]
    public async Task Summary_SaysToDate_WithVietnameseSeparators_AndComparesWithThePreviousPeriod()
    {
        var data = await _core.Get<ReviewLoader>().LoadAsync(new OverviewSelection("QCPH-2023", PeriodKind.Year));
        var r = data.Current.Requests;
        var total = data.Current.Verifications.Total;

        var vi = ReviewSummary.Write(data, Vi);
        var en = ReviewSummary.Write(data, En);

        Assert.StartsWith($"Từ 01/01/2026 đến nay, hai bên đã phối hợp thực hiện {r.Received.ToString("N0", Vi)} yêu cầu tra cứu thông tin, xác minh {total.ToString("N0", Vi)} lượt;", vi);
        Assert.Contains($"trong đó {r.AnsweredOnTime.ToString("N0", Vi)} yêu cầu đúng hạn (đạt {(r.OnTimeRate!.Value * 100).ToString("0.#", Vi)}%)", vi);
        Assert.Contains("Có " + data.Candidates.Rows.Count.ToString(Vi) + " cá nhân có thành tích xuất sắc được đề xuất khen thưởng", vi);
        Assert.Contains("So với kỳ trước cùng độ dài (từ 03/02/2025 đến 31/12/2025), số yêu cầu ", vi);
        Assert.StartsWith($"From 01/01/2026 to date, the two sides have jointly handled {r.Received.ToString("N0", En)} information-lookup requests and performed {total.ToString("N0", En)} verifications;", en);
        Assert.Contains("Compared with the previous period of the same length (03/02/2025 to 31/12/2025), requests ", en);
    }
}
