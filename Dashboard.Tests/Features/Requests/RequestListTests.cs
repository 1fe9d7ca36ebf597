using Dashboard.Features.DemoData;
using Dashboard.Features.Requests;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.Requests;

/// <summary>The request list over the demo data: status sorts by its place in a request's life, not by its stored name.</summary>
public sealed class RequestListTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 5, 0, 0, TimeSpan.Zero);
    private static readonly RequestStatus[] Life = [RequestStatus.Received, RequestStatus.InProgress, RequestStatus.Answered, RequestStatus.Rejected, RequestStatus.Withdrawn];
    private CoreServices _s = null!;

    public async Task InitializeAsync()
    {
        _s = await CoreServices.CreateAsync(new FixedTime(Now));
        await _s.Get<DemoDataGenerator>().SeedDemoAsync();
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Search_SortsStatusByRank_NotAlphabetically(bool descending)
    {
        var (rows, total) = await _s.Get<RequestQueries>().SearchAsync(new RequestFilter { SortBy = "status", Descending = descending }, 0, 1000);

        var ranks = rows.Select(r => Array.IndexOf(Life, r.Status)).ToList();
        Assert.Equal(total, rows.Count);
        Assert.True(ranks.Distinct().Count() >= 3, "the demo data holds requests in several states");
        Assert.Equal(descending ? ranks.OrderDescending() : ranks.Order(), ranks);
    }
}
