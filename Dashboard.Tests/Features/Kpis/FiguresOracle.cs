using Dashboard.Features.Areas;
using Dashboard.Features.Commendations;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Features.Kpis;

/// <summary>
/// The figures of SPEC §3 computed the plain way, row by row in memory, as the specification words them: what the
/// database's totals, edges and index walks must agree with. For tests with a few hundred rows only.
/// </summary>
internal sealed class FiguresOracle(List<InformationRequest> requests, List<Verification> verifications, List<Incident> incidents, Dictionary<int, string> areaCodes, Dictionary<int, string> personCodes)
{
    public static async Task<FiguresOracle> LoadAsync(DashboardDbContext db) => new(
        await db.Requests.AsNoTracking().ToListAsync(),
        await db.Verifications.AsNoTracking().ToListAsync(),
        await db.Incidents.AsNoTracking().ToListAsync(),
        await db.Areas.ToDictionaryAsync(a => a.Id, a => a.Code),
        await db.People.ToDictionaryAsync(p => p.Id, p => p.Code));

    public RequestFigures Requests(FigureWindow w)
    {
        var mine = requests.Where(r => w.AgreementIds.Contains(r.AgreementId)).ToList();
        var asOf = w.AsOfUtc;
        var open = mine.Where(r => r.ReceivedAt <= asOf && (r.ClosedAt is null || r.ClosedAt > asOf)).ToList();
        var answered = mine.Where(r => r.AnsweredAt is { } a && In(w, a)).ToList();
        var onTime = answered.Count(r => r.AnsweredAt <= r.DueAt);
        var hours = answered.Select(r => (r.AnsweredAt!.Value - r.ReceivedAt).TotalHours).Order().ToList();
        return new RequestFigures(
            open.Count, open.Count(r => r.DueAt < asOf), open.Count(r => r.DueAt >= asOf && r.DueAt < asOf.AddHours(24)),
            mine.Count(r => In(w, r.ReceivedAt)), answered.Count, onTime, answered.Count == 0 ? null : (double)onTime / answered.Count,
            PercentileInc(hours, 0.5), PercentileInc(hours, 0.9));
    }

    /// <summary>The overview's request series row by row: local months of the window, and turnaround by whole hours.</summary>
    public (List<MonthCount> Months, TurnaroundBuckets Turnaround) RequestSeries(FigureWindow w)
    {
        var mine = requests.Where(r => w.AgreementIds.Contains(r.AgreementId)).ToList();
        static (int, int) Month(DateTime utc) => (LocalClock.LocalDay(utc).Year, LocalClock.LocalDay(utc).Month);
        var months = new List<MonthCount>();
        for (var m = new DateOnly(w.From.Year, w.From.Month, 1); m < w.To; m = m.AddMonths(1))
        {
            months.Add(new MonthCount(m.Year, m.Month,
                mine.Count(r => In(w, r.ReceivedAt) && Month(r.ReceivedAt) == (m.Year, m.Month)),
                mine.Count(r => r.AnsweredAt is { } a && In(w, a) && Month(a) == (m.Year, m.Month))));
        }
        var hours = mine.Where(r => r.AnsweredAt is { } a && In(w, a)).Select(r => (r.AnsweredAt!.Value - r.ReceivedAt).TotalHours).ToList();
        return (months, new TurnaroundBuckets(hours.Count(h => h < 24), hours.Count(h => h >= 24 && h < 72), hours.Count(h => h >= 72 && h < 168), hours.Count(h => h >= 168)));
    }

    public VerificationFigures Verifications(FigureWindow w)
    {
        var byKind = verifications.Where(v => w.AgreementIds.Contains(v.AgreementId) && In(w, v.PerformedAt))
            .GroupBy(v => v.Kind).ToDictionary(g => g.Key, g => g.Sum(v => (long)v.Count));
        return new VerificationFigures(byKind.Values.Sum(), byKind);
    }

    public IncidentFigures Incidents(FigureWindow w)
    {
        var asOf = w.AsOfUtc;
        var mine = incidents.Where(i => w.AgreementIds.Contains(i.AgreementId)).ToList();
        var occurred = mine.Where(i => In(w, i.OccurredAt)).ToList();
        var resolved = occurred.Where(i => i.ResolvedAt <= asOf).ToList();
        return new IncidentFigures(
            occurred.Count, resolved.Count, occurred.Count == 0 ? null : (double)resolved.Count / occurred.Count,
            resolved.Count == 0 ? null : resolved.Average(i => (i.ResolvedAt!.Value - i.OccurredAt).TotalHours),
            mine.Count(i => i.OccurredAt <= asOf && !(i.ResolvedAt <= asOf) && !(i.ClosedAt <= asOf)),
            occurred.Sum(i => (long)i.OutageMinutes), occurred.Sum(i => (long)i.SubscribersAffected), occurred.Sum(i => i.DamageVnd),
            occurred.GroupBy(i => i.Kind).ToDictionary(g => g.Key, g => g.Count()),
            occurred.GroupBy(i => i.Severity).ToDictionary(g => g.Key, g => g.Count()),
            occurred.GroupBy(i => areaCodes[i.AreaId]).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>Every person's breakdown by code; those without any contribution are absent (nobody is commended in these tests).</summary>
    public Dictionary<string, CommendationBreakdown> Breakdowns(FigureWindow w)
    {
        var asOf = w.AsOfUtc;
        var mine = requests.Where(r => w.AgreementIds.Contains(r.AgreementId)).ToList();
        var answered = mine.Where(r => r.AnsweredAt is { } a && In(w, a)).ToList();
        var overdue = mine.Where(r => r.ReceivedAt <= asOf && (r.ClosedAt is null || r.ClosedAt > asOf) && r.DueAt < asOf).ToList();
        var performed = verifications.Where(v => w.AgreementIds.Contains(v.AgreementId) && In(w, v.PerformedAt)).ToList();
        var resolved = incidents.Where(i => w.AgreementIds.Contains(i.AgreementId) && In(w, i.OccurredAt) && i.ResolvedAt <= asOf).ToList();
        var result = new Dictionary<string, CommendationBreakdown>();
        foreach (var (id, code) in personCodes)
        {
            var mineResolved = resolved.Where(i => i.LeadOfficerId == id || i.TelecomContactId == id).ToList();
            var b = new CommendationBreakdown(
                answered.Count(r => r.AssignedToId == id && r.AnsweredAt <= r.DueAt),
                answered.Count(r => r.AssignedToId == id && r.AnsweredAt > r.DueAt),
                performed.Where(v => v.PerformedById == id).Sum(v => (long)v.Count),
                mineResolved.Count,
                mineResolved.Count(i => i.Severity == IncidentSeverity.Critical),
                overdue.Count(r => r.AssignedToId == id));
            if (b != new CommendationBreakdown(0, 0, 0, 0, 0, 0))
            {
                result[code] = b;
            }
        }
        return result;
    }

    private static bool In(FigureWindow w, DateTime t) => t >= w.FromUtc && t < w.ToUtc && t <= w.AsOfUtc;

    /// <summary>Excel's PERCENTILE.INC over sorted values.</summary>
    private static double? PercentileInc(List<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return null;
        }
        var rank = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(rank);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower]);
    }
}
