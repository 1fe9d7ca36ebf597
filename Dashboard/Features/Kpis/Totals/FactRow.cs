namespace Dashboard.Features.Kpis.Totals;

/// <summary>One fact's sums under one key, as the database adds them up (the columns of <see cref="FigureFactsSql"/>).</summary>
internal sealed record FactRow(
    FigureFact Fact, int KeyId, string KeyName, long Count, long OnTime, long Resolved, long Critical, long ResolveMilliseconds,
    long OutageMinutes, long SubscribersAffected, long DamageVnd)
{
    public static FactRow Empty(FigureFact fact, int keyId = 0, string keyName = "") => new(fact, keyId, keyName, 0, 0, 0, 0, 0, 0, 0, 0);

    public FactRow Plus(FactRow o) => this with
    {
        Count = Count + o.Count, OnTime = OnTime + o.OnTime, Resolved = Resolved + o.Resolved, Critical = Critical + o.Critical,
        ResolveMilliseconds = ResolveMilliseconds + o.ResolveMilliseconds, OutageMinutes = OutageMinutes + o.OutageMinutes,
        SubscribersAffected = SubscribersAffected + o.SubscribersAffected, DamageVnd = DamageVnd + o.DamageVnd,
    };

    /// <summary>Incidents counted as resolved that were resolved after AsOf: what to add to take them off again.</summary>
    public FactRow ResolvedTakenOff() =>
        Empty(Fact, KeyId, KeyName) with { Resolved = -Resolved, Critical = -Critical, ResolveMilliseconds = -ResolveMilliseconds };
}
