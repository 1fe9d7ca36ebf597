using Dashboard.Features.Kpis;

namespace Dashboard.Tests.Features.Kpis;

public sealed class FigureInputTests
{
    [Theory]
    [InlineData("2024-03-01")]
    [InlineData("01/03/2024")]
    public void Dates_AcceptIsoAndVietnameseForms(string text) => Assert.Equal(new DateOnly(2024, 3, 1), FigureInput.Date(text));

    [Theory]
    [InlineData("2024-03-01T00:30:00+07:00", "2024-02-29T17:30:00Z")]
    [InlineData("2024-03-01T00:30:00", "2024-02-29T17:30:00Z")]          // no offset: local time
    [InlineData("2024-02-29T17:30:00Z", "2024-02-29T17:30:00Z")]
    [InlineData("2024-03-01T00:30:00 07:00", "2024-02-29T17:30:00Z")]    // "+" decoded to a space in a query string
    [InlineData("2024-03-01T01:30:00.5+08:00", "2024-02-29T17:30:00.5Z")]
    public void Instants_AreIso8601_LocalWithoutOffset(string text, string utc) =>
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), FigureInput.Instant(text));

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("03/01/2024x")]
    [InlineData("hôm qua")]
    public void BadDates_AreRejected(string text) => Assert.Throws<FigureQueryException>(() => FigureInput.Date(text));

    [Theory]
    [InlineData("2024-03-01T25:00:00")]
    [InlineData("tomorrow")]
    public void BadInstants_AreRejected(string text) => Assert.Throws<FigureQueryException>(() => FigureInput.Instant(text));

    [Fact]
    public void BlankInputs_MeanTheDefaults() =>
        Assert.Equal(new FigureQuery(), FigureInput.Parse(new FigureArgs(" ", "", null, "")));
}
