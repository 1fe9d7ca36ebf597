namespace Dashboard.Infrastructure.Data;

/// <summary>In-process signal that stored data changed (an import, an edit), so live views can refresh.</summary>
public sealed class DataChangeNotifier
{
    public event Action? Changed;

    public void NotifyChanged() => Changed?.Invoke();
}
