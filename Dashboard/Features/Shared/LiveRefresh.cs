using Dashboard.Infrastructure.Data;

namespace Dashboard.Features.Shared;

/// <summary>
/// Keeps a page's figures current: after a data change (debounced, so a burst costs one recomputation) and on a
/// regular tick, so time-based transitions (a request turning overdue at its DueAt) appear without anyone touching data.
/// Disposing releases the subscription.
/// </summary>
public sealed class LiveRefresh : IDisposable
{
    /// <summary>Default wait after the last change of a burst.</summary>
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(150);

    /// <summary>Default period of the time-based refresh.</summary>
    public static readonly TimeSpan DefaultTick = TimeSpan.FromSeconds(30);

    private readonly DataChangeNotifier _notifier;
    private readonly Func<Task> _refresh;
    private readonly ITimer _debounce;
    private readonly ITimer _tick;
    private readonly TimeSpan _debounceDelay;
    private int _running;
    private bool _again;

    public LiveRefresh(DataChangeNotifier notifier, TimeProvider time, Func<Task> refresh, TimeSpan? debounce = null, TimeSpan? tick = null)
    {
        _notifier = notifier;
        _refresh = refresh;
        _debounceDelay = debounce ?? DefaultDebounce;
        _debounce = time.CreateTimer(_ => _ = RunAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var period = tick ?? DefaultTick;
        _tick = time.CreateTimer(_ => _ = RunAsync(), null, period, period);
        _notifier.Changed += OnChanged;
    }

    private void OnChanged() => _debounce.Change(_debounceDelay, Timeout.InfiniteTimeSpan);

    /// <summary>One recomputation at a time; a change during one schedules exactly one more.</summary>
    private async Task RunAsync()
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            _again = true;
            return;
        }
        try
        {
            do
            {
                _again = false;
                await _refresh();
            }
            while (_again);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    public void Dispose()
    {
        _notifier.Changed -= OnChanged;
        _debounce.Dispose();
        _tick.Dispose();
    }
}
