using Dashboard.Features.Kpis.Totals;
using Dashboard.Features.Requests;

namespace Dashboard.Features.Kpis;

/// <summary>Verifications of SPEC §3: sums of Count per kind, from the window's facts; the total is the sum of those sums.</summary>
internal static class VerificationFiguresQuery
{
    public static VerificationFigures Compute(FigureFacts facts)
    {
        var byKind = facts.ByName<VerificationKind, long>(FigureFact.VerifiedByKind, r => r.Count);
        return new VerificationFigures(byKind.Values.Sum(), NonZero.InEnumOrder(byKind));
    }
}
