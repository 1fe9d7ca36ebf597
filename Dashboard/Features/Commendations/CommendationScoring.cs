using System.Globalization;
using Dashboard.Features.Kpis;
using Dashboard.Features.Kpis.Totals;
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

    private static readonly CommendationBreakdown Nothing = new(0, 0, 0, 0, 0, 0);

    public static async Task<IReadOnlyList<CommendationCandidate>> RankAsync(
        DashboardDbContext db, FigureWindow w, FigureFacts facts, CommendationWeights weights, CancellationToken ct)
    {
        var breakdowns = await BreakdownsAsync(db, w, facts, ct);
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

    /// <summary>Per person: the window's facts per person, and one GROUP BY over the overdue requests; people without any are absent.</summary>
    private static async Task<Dictionary<int, CommendationBreakdown>> BreakdownsAsync(DashboardDbContext db, FigureWindow w, FigureFacts facts, CancellationToken ct)
    {
        // Keyed 0 for "no assignee", as the facts are; grouping on that expression also keeps SQLite from walking the whole
        // AssignedToId index for its order instead of seeking the few open requests.
        var overdue = await w.OverdueRequests(db.Requests)
            .GroupBy(r => r.AssignedToId ?? 0)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);

        var result = new Dictionary<int, CommendationBreakdown>();
        CommendationBreakdown Of(int id) => result.TryGetValue(id, out var b) ? b : Nothing;
        foreach (var x in facts.ById(FigureFact.Answered))
        {
            result[x.KeyId] = Of(x.KeyId) with { AnsweredOnTime = (int)x.OnTime, AnsweredLate = (int)(x.Count - x.OnTime) };
        }
        foreach (var x in overdue.Where(x => x.Key != 0))
        {
            result[x.Key] = Of(x.Key) with { OverdueNow = x.Count };
        }
        foreach (var x in facts.ById(FigureFact.VerifiedByPerson))
        {
            result[x.KeyId] = Of(x.KeyId) with { Verifications = x.Count };
        }
        foreach (var x in facts.ById(FigureFact.ResolvedByPerson))
        {
            result[x.KeyId] = Of(x.KeyId) with { IncidentsResolved = (int)x.Resolved, CriticalResolved = (int)x.Critical };
        }
        return result.Where(x => x.Value != Nothing).ToDictionary();
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
