using Dashboard.Infrastructure.Live;

namespace Dashboard.Infrastructure.Data;

/// <summary>
/// In-process signal that data changed (a form, an import, another process or node seen by the watcher or the listener);
/// live pages listen. On PostgreSQL a change made here is also passed to the other nodes (<see cref="IChangePublisher"/>).
/// </summary>
public sealed class DataChangeNotifier(IChangePublisher? publisher = null)
{
    public event Action? Changed;

    /// <summary>A change committed by this process: pages here refresh, and the other nodes are told.</summary>
    public void NotifyChanged()
    {
        Changed?.Invoke();
        publisher?.Publish();
    }

    /// <summary>A change made elsewhere (another node, a verb's process): pages here refresh; it is not passed on again.</summary>
    public void NotifyChangedElsewhere() => Changed?.Invoke();

    /// <summary>How many listeners are subscribed (a closed page must release its subscription).</summary>
    public int ListenerCount => Changed?.GetInvocationList().Length ?? 0;
}
