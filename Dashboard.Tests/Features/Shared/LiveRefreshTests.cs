using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Data;

namespace Dashboard.Tests.Features.Shared;

public sealed class LiveRefreshTests
{
    private readonly DataChangeNotifier _notifier = new();
    private int _refreshes;

    private LiveRefresh Start(TimeSpan? tick = null) =>
        new(_notifier, TimeProvider.System, () => { Interlocked.Increment(ref _refreshes); return Task.CompletedTask; },
            TimeSpan.FromMilliseconds(100), tick ?? TimeSpan.FromHours(1));

    [Fact]
    public async Task Burst_OfChanges_CostsOneRecomputation()
    {
        using var live = Start();

        for (var i = 0; i < 50; i++)
        {
            _notifier.NotifyChanged();
        }
        await Task.Delay(600);

        Assert.Equal(1, _refreshes);
    }

    [Fact]
    public async Task Tick_RefreshesWithoutAnyChange()
    {
        using var live = Start(TimeSpan.FromMilliseconds(150));

        for (var waited = 0; _refreshes < 2 && waited < 5000; waited += 50)
        {
            await Task.Delay(50);
        }

        Assert.True(_refreshes >= 2, $"{_refreshes} refreshes");
    }

    [Fact]
    public async Task Dispose_ReleasesTheSubscription()
    {
        var live = Start();
        Assert.Equal(1, _notifier.ListenerCount);

        live.Dispose();
        _notifier.NotifyChanged();
        await Task.Delay(300);

        Assert.Equal(0, _notifier.ListenerCount);
        Assert.Equal(0, _refreshes);
    }
}
