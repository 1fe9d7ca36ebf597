namespace Dashboard.Infrastructure.Data;

/// <summary>The actor recorded on audit entries for work done in the current async flow ("system" by default).</summary>
public static class AuditActor
{
    private static readonly AsyncLocal<string?> Current = new();

    public static string Name => Current.Value ?? "system";

    public static IDisposable Begin(string actor)
    {
        var previous = Current.Value;
        Current.Value = actor;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
