using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.Shared;

public sealed class SharedFiguresTests
{
    private readonly DataChangeNotifier _notifier = new();
    private readonly FixedTime _time = new(new DateTimeOffset(2026, 12, 2, 3, 0, 10, TimeSpan.Zero));
    private readonly SharedFigures _shared;
    private int _computations;

    public SharedFiguresTests() => _shared = new SharedFigures(_notifier, new LocalClock(_time));

    private async Task<string> ComputeAsync()
    {
        var n = Interlocked.Increment(ref _computations);
        await Task.Delay(50);
        return $"result {n}";
    }

    [Fact]
    public async Task FiftyPages_OfOneSelection_ShareOneComputation()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => _shared.GetAsync(("overview", "QCPH-2023"), ComputeAsync)));

        Assert.Equal(1, _computations);
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public async Task AChange_OrANewMinute_MakesTheNextPageComputeAfresh()
    {
        var first = await _shared.GetAsync("key", ComputeAsync);
        var again = await _shared.GetAsync("key", ComputeAsync);
        _notifier.NotifyChanged();
        var afterChange = await _shared.GetAsync("key", ComputeAsync);
        _time.Advance(TimeSpan.FromMinutes(1));
        var nextMinute = await _shared.GetAsync("key", ComputeAsync);

        Assert.Equal(["result 1", "result 1", "result 2", "result 3"], [first, again, afterChange, nextMinute]);
    }

    [Fact]
    public async Task OtherSelections_AreComputedApart_AndForgottenOnceNobodyAsks()
    {
        await _shared.GetAsync("a", ComputeAsync);
        await _shared.GetAsync("b", ComputeAsync);
        Assert.Equal((2, 2), (_computations, _shared.Count));

        _time.Advance(TimeSpan.FromMinutes(2));
        await _shared.GetAsync("a", ComputeAsync);

        Assert.Equal(1, _shared.Count);
    }

    [Fact]
    public async Task AFailure_IsNotKept()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _shared.GetAsync<string>("key", () => throw new InvalidOperationException("busy")));

        Assert.Equal("result 1", await _shared.GetAsync("key", ComputeAsync));
    }
}
