namespace Dashboard.Tests.TestInfrastructure;

/// <summary>A clock that always reads the same instant, so "now" and "today" are part of a test's input.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
