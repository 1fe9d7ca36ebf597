namespace Dashboard.Infrastructure.Data;

/// <summary>In-process signal that data changed (a form, an import, another process seen by the watcher); live pages listen.</summary>
public sealed class DataChangeNotifier
{
    public event Action? Changed;

    public void NotifyChanged() => Changed?.Invoke();

    /// <summary>How many listeners are subscribed (a closed page must release its subscription).</summary>
    public int ListenerCount => Changed?.GetInvocationList().Length ?? 0;
}
