using Dashboard.Features.Agreements;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis;

/// <summary>Applies the defaults of SPEC §3 to a <see cref="FigureQuery"/> and rejects what cannot be computed.</summary>
internal static class FigureWindows
{
    private sealed record AgreementDays(int Id, string Code, DateOnly StartsOn, DateOnly EndsOn);

    private static readonly PerModel<Func<DashboardDbContext, string, Task<AgreementDays?>>> ByCode = new(() => EF.CompileAsyncQuery(
        (DashboardDbContext db, string code) => db.Set<Agreement>()
            .Where(a => SqlFunctions.CaseInsensitive(a.Code) == code)
            .Select(a => new AgreementDays(a.Id, a.Code, a.StartsOn, a.EndsOn))
            .FirstOrDefault()));

    /// <summary>
    /// From = the agreement's first day (all: the earliest); To = the day after its last day or the day after today
    /// (local), whichever is earlier; AsOf = now. Throws <see cref="FigureQueryException"/> for an unknown agreement or From ≥ To.
    /// </summary>
    public static async Task<FigureWindow> ResolveAsync(DashboardDbContext db, LocalClock clock, FigureQuery query, CancellationToken ct)
    {
        int? agreementId = null;
        List<int> ids;
        string? code = null;
        DateOnly first, last;
        if (query.Agreement is { } wanted)
        {
            var agreement = await ByCode.For(db)(db, wanted)
                ?? throw new FigureQueryException(FigureMessages.Format("UnknownAgreement", wanted));
            (agreementId, code, first, last) = (agreement.Id, agreement.Code, agreement.StartsOn, agreement.EndsOn);
            ids = [agreement.Id];
        }
        else
        {
            var span = await db.Agreements
                .GroupBy(_ => 1)
                .Select(g => new { First = g.Min(a => a.StartsOn), Last = g.Max(a => a.EndsOn) })
                .SingleOrDefaultAsync(ct)
                ?? throw new FigureQueryException(FigureMessages.Format("NoAgreement"));
            (first, last) = (span.First, span.Last);
            ids = await db.Agreements.Select(a => a.Id).ToListAsync(ct);
        }
        var today = clock.Today;
        var from = query.From ?? first;
        var to = query.To ?? Min(last.AddDays(1), today.AddDays(1));
        if (from >= to)
        {
            throw new FigureQueryException(FigureMessages.Format("EmptyWindow", from.ToString("dd/MM/yyyy"), to.ToString("dd/MM/yyyy")));
        }
        var asOf = (query.AsOf ?? clock.LocalNow).ToOffset(LocalClock.Offset);
        return new FigureWindow(agreementId, code, from, to, asOf, ids);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
