namespace Dashboard.Features.Kpis.Totals;

/// <summary>
/// One fact's sums under one key, as the database adds them up (the columns of <see cref="FigureFactsSql"/>). A class with
/// init properties, not a positional record, so that EF can put stored and computed rows under one GROUP BY.
/// </summary>
internal sealed class FactRow
{
    public FigureFact Fact { get; init; }
    public int KeyId { get; init; }
    /// <summary>The kind or severity; as the figures read them, an area's code (stored rows hold none).</summary>
    public string KeyName { get; init; } = "";
    public long Count { get; init; }
    public long OnTime { get; init; }
    public long Resolved { get; init; }
    public long Critical { get; init; }
    public long ResolveMilliseconds { get; init; }
    public long OutageMinutes { get; init; }
    public long SubscribersAffected { get; init; }
    public long DamageVnd { get; init; }

    public FactRow Plus(FactRow o) => new()
    {
        Fact = Fact, KeyId = KeyId, KeyName = KeyName,
        Count = Count + o.Count, OnTime = OnTime + o.OnTime, Resolved = Resolved + o.Resolved, Critical = Critical + o.Critical,
        ResolveMilliseconds = ResolveMilliseconds + o.ResolveMilliseconds, OutageMinutes = OutageMinutes + o.OutageMinutes,
        SubscribersAffected = SubscribersAffected + o.SubscribersAffected, DamageVnd = DamageVnd + o.DamageVnd,
    };
}
