using System.Globalization;
using Dashboard.Features.Agreements;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Digests;

/// <summary>Bad digest inputs (unknown agreement, a week outside it or still to come); the message is for the user.</summary>
public sealed class DigestInputException(string message) : Exception(message);

/// <summary>Gathers a digest's content from the figures engine: this week, the week before, the agreement to date, 12 weeks of heat map.</summary>
public sealed class DigestContentLoader(
    IDbContextFactory<DashboardDbContext> dbs, IDigestFigures figures, LocalClock clock, IStringLocalizer<SharedResource> l)
{
    public const int HeatmapWeeks = 12;

    /// <summary>
    /// The figures are taken at the end of the week (Monday 00:00 local after it), or now for a week not yet over, so a
    /// week's digest says the same whenever it is built.
    /// </summary>
    public DateTimeOffset AsOfFor(IsoWeek week)
    {
        var end = new DateTimeOffset(week.End.ToDateTime(TimeOnly.MinValue), LocalClock.Offset);
        var now = clock.LocalNow;
        return end < now ? end : now;
    }

    public async Task<DigestContent> LoadAsync(string agreementCode, IsoWeek week, DigestScope scope, CancellationToken ct = default)
    {
        var agreement = await FindAgreementAsync(agreementCode, week, ct);
        var asOf = AsOfFor(week);
        var code = agreement.Code;
        var thisWeek = await figures.FiguresAsync(code, week.Monday, week.End, asOf, ct);
        var previous = week.Previous;
        var previousAsOf = new DateTimeOffset(previous.End.ToDateTime(TimeOnly.MinValue), LocalClock.Offset);
        var previousWeek = await figures.FiguresAsync(code, previous.Monday, previous.End, previousAsOf, ct);
        var toDateEnd = week.End < agreement.EndsOn.AddDays(1) ? week.End : agreement.EndsOn.AddDays(1);
        var toDate = await figures.FiguresAsync(code, null, toDateEnd, asOf, ct);
        var heatmap = await figures.AreaByWeekAsync(code, week.Monday.AddDays(-7 * (HeatmapWeeks - 1)), week.End, asOf, ct);
        var areaNames = await figures.AreaNamesAsync(heatmap.Rows, ct);
        // The Leadership scope never even loads the lists: reference numbers and subjects cannot leak into it.
        var coordinator = scope == DigestScope.Coordinator;
        var open = coordinator ? await figures.OpenRequestsAsync(code, asOf, DigestContent.ListLimit, ct) : [];
        var incidents = coordinator ? await figures.IncidentsAsync(code, week.Monday, week.End, asOf, DigestContent.ListLimit, ct) : [];
        return new DigestContent(code, agreement.Title, week, scope, asOf, thisWeek, previousWeek, toDate, heatmap, areaNames, open, incidents);
    }

    /// <summary>The agreement by code (any case), checked to cover the week, which must have begun.</summary>
    public async Task<(int Id, string Code, string Title, DateOnly StartsOn, DateOnly EndsOn)> FindAgreementAsync(
        string agreementCode, IsoWeek week, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var wanted = agreementCode.Trim();
        var agreement = await db.Agreements
            .Where(a => SqlFunctions.CaseInsensitive(a.Code) == wanted)
            .Select(a => new { a.Id, a.Code, a.Title, a.StartsOn, a.EndsOn })
            .FirstOrDefaultAsync(ct)
            ?? throw new DigestInputException(l["Digest_Err_UnknownAgreement", wanted]);
        if (week.Monday > clock.Today)
        {
            throw new DigestInputException(l["Digest_Err_FutureWeek", week.ToString()]);
        }
        if (week.Sunday < agreement.StartsOn || week.Monday > agreement.EndsOn)
        {
            throw new DigestInputException(l["Digest_Err_WeekOutside", week.ToString(), agreement.Code,
                agreement.StartsOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), agreement.EndsOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)]);
        }
        return (agreement.Id, agreement.Code, agreement.Title, agreement.StartsOn, agreement.EndsOn);
    }
}
