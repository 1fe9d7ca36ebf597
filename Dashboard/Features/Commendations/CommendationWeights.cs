using Dashboard.Features.Kpis;

namespace Dashboard.Features.Commendations;

/// <summary>
/// Points per contribution (SPEC §3), the candidate threshold and how many candidates each agency shows.
/// Defaults: 10 on time, 4 late, 0.05 per verification, 15 per resolved incident, +10 when Critical, −5 per overdue request,
/// threshold 40, top 10 per agency. Decimal, so that 0.05 × 800 is exactly 40.
/// </summary>
public sealed record CommendationWeights(
    decimal AnsweredOnTime = 10m,
    decimal AnsweredLate = 4m,
    decimal Verification = 0.05m,
    decimal IncidentResolved = 15m,
    decimal CriticalBonus = 10m,
    decimal OverdueNow = -5m,
    decimal Threshold = 40m,
    int TopPerAgency = 10)
{
    public static CommendationWeights Default { get; } = new();

    public decimal Score(CommendationBreakdown b) =>
        AnsweredOnTime * b.AnsweredOnTime
        + AnsweredLate * b.AnsweredLate
        + Verification * b.Verifications
        + IncidentResolved * b.IncidentsResolved
        + CriticalBonus * b.CriticalResolved
        + OverdueNow * b.OverdueNow;
}
