using Dashboard.Features.Kpis;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.Kpis;

public class RequestFiguresTests : FiguresFixture
{
    private static readonly DateOnly March = new(2024, 3, 1);
    private static readonly DateOnly April = new(2024, 4, 1);

    [Fact]
    public async Task AnsweredOnTime_IncludesTheDeadline_AndNotOneSecondLater()
    {
        var due = Local(2024, 3, 10, 17, 0);
        await Data.RequestAsync(Local(2024, 3, 9, 8, 0), due, answered: due);
        await Data.RequestAsync(Local(2024, 3, 9, 8, 0), due, answered: due.AddSeconds(1));

        var r = (await Figures.ComputeAsync(Query(March, April, Local(2024, 5, 1)))).Requests;

        Assert.Equal(2, r.Answered);
        Assert.Equal(1, r.AnsweredOnTime);
        Assert.Equal(0.5, r.OnTimeRate);
    }

    [Fact]
    public async Task OnTimeRateAndTurnaround_AreNull_WhenNothingWasAnswered()
    {
        await Data.RequestAsync(Local(2024, 3, 9, 8, 0), Local(2024, 3, 20));

        var r = (await Figures.ComputeAsync(Query(March, April, Local(2024, 5, 1)))).Requests;

        Assert.Equal(1, r.Received);
        Assert.Equal(0, r.Answered);
        Assert.Null(r.OnTimeRate);
        Assert.Null(r.TurnaroundHoursMedian);
        Assert.Null(r.TurnaroundHoursP90);
    }

    [Fact]
    public async Task Turnaround_FollowsExcelPercentileInc()
    {
        var received = Local(2024, 3, 5, 9, 0);
        foreach (var hours in new[] { 4, 1, 3, 2 })
        {
            await Data.RequestAsync(received, received.AddDays(7), answered: received.AddHours(hours));
        }

        var r = (await Figures.ComputeAsync(Query(March, April, Local(2024, 5, 1)))).Requests;

        Assert.Equal(2.5, r.TurnaroundHoursMedian!.Value, 9);
        Assert.Equal(3.7, r.TurnaroundHoursP90!.Value, 9);
    }

    [Fact]
    public async Task Turnaround_OfOneAnswer_IsThatAnswer_WithMinutes()
    {
        var received = Local(2024, 3, 5, 9, 0);
        await Data.RequestAsync(received, received.AddDays(7), answered: received.AddMinutes(90));

        var r = (await Figures.ComputeAsync(Query(March, April, Local(2024, 5, 1)))).Requests;

        Assert.Equal(1.5, r.TurnaroundHoursMedian!.Value, 9);
        Assert.Equal(1.5, r.TurnaroundHoursP90!.Value, 9);
    }

    [Fact]
    public async Task Window_UsesLocalMidnight_FromInclusive_ToExclusive()
    {
        await Data.RequestAsync(Local(2024, 3, 1, 0, 30), Local(2024, 3, 9));    // 29/02 17:30 UTC, but March locally
        await Data.RequestAsync(Local(2024, 2, 29, 23, 30), Local(2024, 3, 9));  // still February locally
        await Data.RequestAsync(Local(2024, 3, 1), Local(2024, 3, 9));           // from: inclusive
        await Data.RequestAsync(Local(2024, 4, 1), Local(2024, 4, 9));           // to: exclusive
        await Data.RequestAsync(Local(2024, 3, 31, 23, 59, 59), Local(2024, 4, 9));

        var r = (await Figures.ComputeAsync(Query(March, April, Local(2024, 5, 1)))).Requests;

        Assert.Equal(3, r.Received);
    }

    [Fact]
    public async Task EventsAfterAsOf_DoNotCount_EvenInsideTheWindow()
    {
        var asOf = Local(2024, 3, 15, 12, 0);
        await Data.RequestAsync(asOf, asOf.AddDays(1), answered: asOf);                        // at asOf: counts
        await Data.RequestAsync(asOf.AddSeconds(1), asOf.AddDays(1));                          // after asOf
        await Data.RequestAsync(asOf.AddDays(-1), asOf.AddDays(1), answered: asOf.AddSeconds(1)); // answered after asOf

        var r = (await Figures.ComputeAsync(Query(March, April, asOf))).Requests;

        Assert.Equal(2, r.Received);
        Assert.Equal(1, r.Answered);
        Assert.Equal(1, r.Open);
    }

    [Fact]
    public async Task OpenOverdueAndDueSoon_AreTheStateAtAsOf_WithTheirEdges()
    {
        var asOf = Local(2024, 3, 15, 12, 0);
        var received = Local(2024, 1, 2);                                     // before the window: state is not windowed
        await Data.RequestAsync(received, asOf.AddSeconds(-1));                // overdue
        await Data.RequestAsync(received, asOf);                               // due now: within 24 h, not overdue
        await Data.RequestAsync(received, asOf.AddHours(24).AddSeconds(-1));   // within 24 h
        await Data.RequestAsync(received, asOf.AddHours(24));                  // neither
        await Data.RequestAsync(received, asOf.AddDays(-3), closed: asOf.AddSeconds(1)); // closed after asOf: open and overdue
        await Data.RequestAsync(received, asOf.AddDays(-3), closed: asOf);     // closed at asOf: not open
        await Data.RequestAsync(asOf.AddSeconds(1), asOf.AddDays(-3));         // received after asOf: not open

        var r = (await Figures.ComputeAsync(Query(March, April, asOf))).Requests;

        Assert.Equal(5, r.Open);
        Assert.Equal(2, r.Overdue);
        Assert.Equal(2, r.DueWithin24h);
    }

    [Fact]
    public async Task Agreement_FiltersRecords_AndAllCountsBoth()
    {
        await Data.RequestAsync(Local(2023, 10, 20), Local(2023, 10, 25), agreement: FigureData.Agreement2012);
        await Data.RequestAsync(Local(2023, 11, 2), Local(2023, 11, 5));

        var one = await Figures.ComputeAsync(new FigureQuery(FigureData.Agreement2023));
        var all = await Figures.ComputeAsync(new FigureQuery());

        Assert.Equal(1, one.Requests.Received);
        Assert.Equal(2, all.Requests.Received);
    }

    [Fact]
    public async Task Defaults_AreTheAgreementsFirstDay_TheDayAfterToday_AndNow()
    {
        var window = (await Figures.ComputeAsync(new FigureQuery(FigureData.Agreement2023))).Window;
        var ended = (await Figures.ComputeAsync(new FigureQuery(FigureData.Agreement2012))).Window;
        var all = (await Figures.ComputeAsync(new FigureQuery())).Window;

        Assert.Equal((new DateOnly(2023, 10, 29), new DateOnly(2024, 6, 16), Now), (window.From, window.To, window.AsOf));
        Assert.Equal((new DateOnly(2012, 1, 1), new DateOnly(2023, 10, 29)), (ended.From, ended.To));
        Assert.Equal((null, new DateOnly(2012, 1, 1), new DateOnly(2024, 6, 16)), (all.AgreementCode, all.From, all.To));
        Assert.Equal(TimeSpan.FromHours(7), window.AsOf.Offset);
    }

    [Theory]
    [InlineData("QCPH-1999", null, null)]
    [InlineData(null, "2024-03-01", "2024-03-01")]
    [InlineData(null, "2024-04-01", "2024-03-01")]
    public async Task BadInputs_AreRejected_WithAVietnameseMessage(string? agreement, string? from, string? to)
    {
        var query = FigureInput.Parse(new FigureArgs(agreement, from, to));

        var e = await Assert.ThrowsAsync<FigureQueryException>(() => Figures.ComputeAsync(query));

        Assert.Contains(agreement is null ? "Khoảng thời gian không hợp lệ" : "Không tìm thấy quy chế", e.Message);
    }
}
