using System.Collections.Concurrent;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.Shared;

/// <summary>
/// Figures computed once per (what is shown, as-of minute) between two data changes and shared by every live page that
/// shows them: fifty open overviews of one agreement cost one computation after a save, not fifty, and hold one copy of
/// the result, not fifty. A change (the <see cref="DataChangeNotifier"/>, fed by saves, imports, other processes) or a
/// new minute makes the next request compute afresh, with AsOf = now, so a due date passing still shows within a tick.
/// Every feature whose page shows shared figures registers it with TryAddSingleton: one instance, whichever comes first.
/// </summary>
public sealed class SharedFigures : IDisposable
{
    private sealed record Entry(long Generation, long Minute, Lazy<Task<object>> Result);

    private readonly ConcurrentDictionary<object, Entry> _entries = new();
    private readonly DataChangeNotifier _notifier;
    private readonly TimeProvider _time;
    private long _generation, _swept;

    public SharedFigures(DataChangeNotifier notifier, LocalClock clock)
    {
        _notifier = notifier;
        _time = clock.Time;
        _notifier.Changed += OnChanged;
    }

    /// <summary>How many data changes were seen: a result computed before the latest one is not handed out again.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    private void OnChanged() => Interlocked.Increment(ref _generation);

    /// <summary>
    /// The shared result for <paramref name="key"/> (a record of everything the figures depend on besides the instant),
    /// computed by <paramref name="compute"/> when there is none yet for this generation and minute. A failed
    /// computation is not kept: the next caller tries again.
    /// </summary>
    public async Task<T> GetAsync<T>(object key, Func<Task<T>> compute) where T : class
    {
        var generation = Generation;
        var minute = _time.GetUtcNow().Ticks / TimeSpan.TicksPerMinute;
        Sweep(minute);
        var fresh = new Entry(generation, minute, new Lazy<Task<object>>(async () => await compute()));
        var entry = _entries.AddOrUpdate(key, fresh, (_, old) => old.Generation >= generation && old.Minute == minute ? old : fresh);
        try
        {
            return (T)await entry.Result.Value;
        }
        catch
        {
            _entries.TryRemove(new KeyValuePair<object, Entry>(key, entry));
            throw;
        }
    }

    /// <summary>Entries nobody asked for in the last two minutes go: a page that closed leaves nothing behind for long.</summary>
    private void Sweep(long minute)
    {
        if (Interlocked.Exchange(ref _swept, minute) == minute)
        {
            return;
        }
        foreach (var (key, entry) in _entries)
        {
            if (entry.Minute < minute - 1)
            {
                _entries.TryRemove(new KeyValuePair<object, Entry>(key, entry));
            }
        }
    }

    /// <summary>How many results are held (a test sees a closed page's go).</summary>
    public int Count => _entries.Count;

    public void Dispose() => _notifier.Changed -= OnChanged;
}
