using System.Globalization;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Commendations;

/// <summary>
/// Commendation candidates of SPEC §3: per-person aggregates of the figure sets, scored with the weights, without
/// those commended inside the window, ranked by score then name in Vietnamese order, top N per agency.
/// </summary>
internal static class CommendationScoring
{
    /// <summary>Vietnamese order: Đ after D, tones after the base letter (not ordinal, not invariant).</summary>
    private static readonly StringComparer Vietnamese = Cultures.Vi.CompareInfo.GetStringComparer(CompareOptions.None);

    public static async Task<IReadOnlyList<CommendationCandidate>> RankAsync(
        DashboardDbContext db, FigureWindow w, CommendationWeights weights, CancellationToken ct)
    {
        var breakdowns = await BreakdownsAsync(db, w, ct);
        var scored = breakdowns
            .Select(x => (PersonId: x.Key, Breakdown: x.Value, Score: weights.Score(x.Value)))
            .Where(x => x.Score >= weights.Threshold)
            .ToList();
        var ids = scored.Select(x => x.PersonId).ToList();
        var commended = await CommendedInWindowAsync(db, w, ids, ct);
        var people = await db.People
            .Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Code, p.FullName, p.Unit!.Agency })
            .ToDictionaryAsync(p => p.Id, ct);
        var ranked = scored
            .Where(x => !commended.Contains(x.PersonId))
            .Select(x => (Person: people[x.PersonId], x.Breakdown, x.Score))
            .Select(x => new CommendationCandidate(x.Person.Code, x.Person.FullName, x.Person.Agency, x.Score, x.Breakdown))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.FullName, Vietnamese)
            .ThenBy(c => c.PersonCode, StringComparer.Ordinal);
        var shown = new Dictionary<Agency, int>();
        var candidates = new List<CommendationCandidate>();
        foreach (var candidate in ranked)
        {
            var rank = shown.GetValueOrDefault(candidate.Agency) + 1;
            shown[candidate.Agency] = rank;
            if (rank <= weights.TopPerAgency)
            {
                candidates.Add(candidate);
            }
        }
        return candidates;
    }

    /// <summary>Per person: each contribution is one GROUP BY over a figure set; people without any are absent.</summary>
    private static async Task<Dictionary<int, CommendationBreakdown>> BreakdownsAsync(DashboardDbContext db, FigureWindow w, CancellationToken ct)
    {
        var answered = await w.AnsweredRequests(db.Requests)
            .Where(r => r.AssignedToId != null)
            .GroupBy(r => r.AssignedToId!.Value)
            .Select(g => new { g.Key, OnTime = g.Count(r => r.AnsweredAt <= r.DueAt), Late = g.Count(r => r.AnsweredAt > r.DueAt) })
            .ToListAsync(ct);
        var overdue = await w.OverdueRequests(db.Requests)
            .Where(r => r.AssignedToId != null)
            .GroupBy(r => r.AssignedToId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var verifications = await w.Verifications(db.Verifications)
            .Where(v => v.PerformedById != null)
            .GroupBy(v => v.PerformedById!.Value)
            .Select(g => new { g.Key, Sum = g.Sum(v => (long)v.Count) })
            .ToListAsync(ct);
        var resolved = w.ResolvedIncidents(db.Incidents);
        var asLead = await resolved
            .Where(i => i.LeadOfficerId != null)
            .GroupBy(i => i.LeadOfficerId!.Value)
            .Select(g => new { g.Key, Count = g.Count(), Critical = g.Count(i => i.Severity == IncidentSeverity.Critical) })
            .ToListAsync(ct);
        // A telecom contact who is also the lead officer of the same incident is counted once, above.
        var asContact = await resolved
            .Where(i => i.TelecomContactId != null && (i.LeadOfficerId == null || i.LeadOfficerId != i.TelecomContactId))
            .GroupBy(i => i.TelecomContactId!.Value)
            .Select(g => new { g.Key, Count = g.Count(), Critical = g.Count(i => i.Severity == IncidentSeverity.Critical) })
            .ToListAsync(ct);

        var result = new Dictionary<int, CommendationBreakdown>();
        CommendationBreakdown Of(int id) => result.TryGetValue(id, out var b) ? b : new CommendationBreakdown(0, 0, 0, 0, 0, 0);
        foreach (var x in answered)
        {
            result[x.Key] = Of(x.Key) with { AnsweredOnTime = x.OnTime, AnsweredLate = x.Late };
        }
        foreach (var x in overdue)
        {
            result[x.Key] = Of(x.Key) with { OverdueNow = x.Count };
        }
        foreach (var x in verifications)
        {
            result[x.Key] = Of(x.Key) with { Verifications = x.Sum };
        }
        foreach (var x in asLead.Concat(asContact))
        {
            var b = Of(x.Key);
            result[x.Key] = b with { IncidentsResolved = b.IncidentsResolved + x.Count, CriticalResolved = b.CriticalResolved + x.Critical };
        }
        return result;
    }

    /// <summary>People awarded a commendation on a day in [From, To), under the same agreement filter.</summary>
    private static async Task<HashSet<int>> CommendedInWindowAsync(DashboardDbContext db, FigureWindow w, List<int> ids, CancellationToken ct)
    {
        var (from, to, agreements) = (w.From, w.To, w.AgreementIds);
        var commended = await db.Commendations
            .Where(c => ids.Contains(c.PersonId) && agreements.Contains(c.AgreementId) && c.AwardedOn >= from && c.AwardedOn < to)
            .Select(c => c.PersonId)
            .Distinct()
            .ToListAsync(ct);
        return [.. commended];
    }
}
