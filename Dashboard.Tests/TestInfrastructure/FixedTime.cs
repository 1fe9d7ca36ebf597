namespace Dashboard.Tests.TestInfrastructure;

/// <summary>A clock that stands still at a chosen instant.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
