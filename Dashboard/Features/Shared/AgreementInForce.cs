using Dashboard.Features.Agreements;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Shared;

/// <summary>
/// A request or incident counts under the agreement in force on its day: the chosen one, or by default the one in force.
/// One check, so that both forms fill the default and word the faults the same way.
/// </summary>
public static class AgreementInForce
{
    /// <summary>
    /// The agreement (<paramref name="chosenId"/>, or the one in force on <paramref name="day"/>) when it is in force that day;
    /// otherwise null and the fault added to <paramref name="errors"/>, with <paramref name="outsideKey"/> for an agreement that does not cover the day.
    /// </summary>
    public static async Task<Agreement?> CheckAsync(DashboardDbContext db, IStringLocalizer l, int? chosenId, DateOnly day, string outsideKey,
        List<string> errors, CancellationToken ct)
    {
        var agreements = await db.Agreements.AsNoTracking().ToListAsync(ct);
        var id = chosenId ?? agreements.FirstOrDefault(a => a.IsInForceOn(day))?.Id;
        var agreement = agreements.FirstOrDefault(a => a.Id == id);
        if (agreement is null)
        {
            errors.Add(l["Val_NoAgreement", Fmt.Date(day)]);
            return null;
        }
        if (!agreement.IsInForceOn(day))
        {
            errors.Add(l[outsideKey, Fmt.Date(day), agreement.Code, Fmt.Date(agreement.StartsOn), Fmt.Date(agreement.EndsOn)]);
            return null;
        }
        return agreement;
    }
}
