using System.Globalization;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Localization;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dashboard.Tests.Features.Agreements;

/// <summary>A request or incident counts under the agreement in force on its day (QCPH-2012 ends 28/10/2023, QCPH-2023 starts the day after).</summary>
public sealed class AgreementInForceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static IStringLocalizer Strings(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        return new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "Resources").BuildServiceProvider()
            .GetRequiredService<IStringLocalizer<SharedResource>>();
    }

    private async Task<(string? Code, List<string> Errors)> CheckAsync(string? chosen, DateOnly day, string culture = Cultures.Vietnamese)
    {
        await using var db = _db.CreateDbContext();
        var chosenId = chosen is null ? (int?)null : await new FigureData(_db).AgreementIdAsync(chosen);
        var errors = new List<string>();
        var agreement = await AgreementInForce.CheckAsync(db, Strings(culture), chosenId, day, "Val_OutsideAgreement", errors, CancellationToken.None);
        return (agreement?.Code, errors);
    }

    [Theory]
    [InlineData(2023, 10, 28, FigureData.Agreement2012)]
    [InlineData(2023, 10, 29, FigureData.Agreement2023)]
    [InlineData(2012, 1, 1, FigureData.Agreement2012)]
    [InlineData(2027, 12, 31, FigureData.Agreement2023)]
    public async Task Check_PicksTheAgreementInForce_WhenNoneIsChosen_TheLastDayIncluded(int year, int month, int day, string expected)
    {
        var (code, errors) = await CheckAsync(null, new DateOnly(year, month, day));

        Assert.Equal(expected, code);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Check_RejectsADayOutsideTheChosenAgreement_SayingWhichDaysItCovers()
    {
        var (code, errors) = await CheckAsync(FigureData.Agreement2012, new DateOnly(2024, 3, 1));

        Assert.Null(code);
        Assert.Equal(["Ngày nhận 01/03/2024 nằm ngoài thời hạn của quy chế QCPH-2012 (01/01/2012 – 28/10/2023)."], errors);
    }

    [Fact]
    public async Task Check_SaysItInEnglish_ForAnEnglishUser()
    {
        var (_, errors) = await CheckAsync(FigureData.Agreement2023, new DateOnly(2023, 10, 28), Cultures.English);

        Assert.Equal(["Received on 28/10/2023, outside agreement QCPH-2023 (29/10/2023 – 31/12/2027)."], errors);
    }

    [Fact]
    public async Task Check_SaysNoAgreementIsInForce_BeforeTheFirstOne()
    {
        var (code, errors) = await CheckAsync(null, new DateOnly(2011, 12, 31));

        Assert.Null(code);
        Assert.Equal(["Không có quy chế nào có hiệu lực vào ngày 31/12/2011."], errors);
    }
}
