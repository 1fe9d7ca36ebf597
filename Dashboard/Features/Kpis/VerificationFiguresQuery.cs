using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis;

/// <summary>Verifications of SPEC §3: sums of Count per kind (one GROUP BY); the total is the sum of those sums.</summary>
internal static class VerificationFiguresQuery
{
    public static async Task<VerificationFigures> ComputeAsync(DashboardDbContext db, FigureWindow w, CancellationToken ct)
    {
        var byKind = await w.Verifications(db.Verifications)
            .GroupBy(v => v.Kind)
            .Select(g => new { g.Key, Sum = g.Sum(v => (long)v.Count) })
            .ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        return new VerificationFigures(byKind.Values.Sum(), NonZero.InEnumOrder(byKind));
    }
}
