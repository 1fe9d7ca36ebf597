using Dashboard.Tests.TestInfrastructure;
using System.Globalization;
using Dashboard.Infrastructure.Localization;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Tests.Infrastructure;

public sealed class FormattingTests
{
    public FormattingTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Cultures.Vi;

    [Fact]
    public void Vnd_UsesVietnameseSeparatorsAndDongSign()
    {
        Assert.Equal("1.234.567 ₫", Fmt.Vnd(1_234_567));
        Assert.Equal("1.234.567", Fmt.Number(1_234_567));
        Assert.Equal("92,9 %", Fmt.Percent(0.9286));
        Assert.Equal("30,5", Fmt.Number(30.5, 1));
    }

    [Fact]
    public void Date_ShowsLocalDayMonthYear_WhenUtcIsStillThePreviousDay()
    {
        // 17:30 UTC on 29/02/2024 is 00:30 on 01/03/2024 in Hà Nội.
        var utc = new DateTime(2024, 2, 29, 17, 30, 0, DateTimeKind.Utc);
        Assert.Equal("01/03/2024", Fmt.Date(utc));
        Assert.Equal("01/03/2024 00:30", Fmt.DateTime(utc));
        Assert.Equal("29/10/2023", Fmt.Date(new DateOnly(2023, 10, 29)));
    }

    [Fact]
    public void LocalClock_ConvertsLocalMidnightToUtc_AndBack()
    {
        var utc = LocalClock.StartOfDayUtc(new DateOnly(2024, 3, 1));
        Assert.Equal(new DateTime(2024, 2, 29, 17, 0, 0, DateTimeKind.Utc), utc);
        Assert.Equal(TimeSpan.FromHours(7), LocalClock.ToLocal(utc).Offset);
        Assert.Equal(TimeSpan.FromHours(7), LocalClock.ToLocal(new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc)).Offset);
    }

    [Fact]
    public void Today_IsTheLocalDate_FromTheInjectedClock()
    {
        var clock = new LocalClock(new FixedTime(new DateTimeOffset(2026, 11, 28, 18, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 11, 29), clock.Today);
    }
}
