using System.Globalization;
using Dashboard.Features.Kpis;
using Dashboard.Features.Kpis.Totals;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Commendations;

/// <summary>A person as a candidate shows them.</summary>
internal sealed record CandidatePerson(string Code, string FullName, Agency Agency);

/// <summary>
/// Commendation candidates of SPEC §3: per-person aggregates of the figure sets, scored with the weights, without
/// those commended inside the window, ranked by score then name in Vietnamese order, top N per agency.
/// </summary>
internal static class CommendationScoring
{
    /// <summary>Vietnamese order: Đ after D, tones after the base letter (not ordinal, not invariant).</summary>
    private static readonly StringComparer Vietnamese = Cultures.Vi.CompareInfo.GetStringComparer(CompareOptions.None);

    private static readonly CommendationBreakdown Nothing = new(0, 0, 0, 0, 0, 0);

    private sealed record Candidate(int Id, CandidatePerson Person, bool Commended);

    /// <summary>People with whether they were commended on a day in [from, to) under one of the agreements (compiled).</summary>
    private static readonly PerModel<Func<DashboardDbContext, int[], int[], DateOnly, DateOnly, IAsyncEnumerable<Candidate>>> PeopleOf = new(() =>
        EF.CompileAsyncQuery((DashboardDbContext db, int[] ids, int[] agreements, DateOnly from, DateOnly to) => db.Set<Person>()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new Candidate(p.Id, new CandidatePerson(p.Code, p.FullName, p.Unit!.Agency),
                db.Set<Commendation>().Any(c => c.PersonId == p.Id && agreements.Contains(c.AgreementId) && c.AwardedOn >= from && c.AwardedOn < to)))));

    /// <summary>The candidates of a figures read, scored with the weights stored at that read.</summary>
    public static async Task<IReadOnlyList<CommendationCandidate>> RankAsync(FigureReading reading, CancellationToken ct)
    {
        var (db, w) = (reading.Db, reading.Window);
        var weights = await CommendationWeightsStore.ReadAsync(db);
        var scored = Scored(reading.Facts, reading.OverdueByAssignee, weights);
        var people = new List<Candidate>();
        await foreach (var candidate in PeopleOf.For(db)(db, [.. scored.Keys], [.. w.AgreementIds], w.From, w.To).WithCancellation(ct))
        {
            people.Add(candidate);
        }
        return Rank(scored, people.ToDictionary(p => p.Id, p => p.Person), [.. people.Where(p => p.Commended).Select(p => p.Id)], weights);
    }

    /// <summary>
    /// The breakdown and score of everyone reaching the threshold, by person id: the window's facts per person and the
    /// overdue requests per assignee (0: none). People without any contribution are absent.
    /// </summary>
    public static Dictionary<int, (CommendationBreakdown Breakdown, decimal Score)> Scored(
        FigureFacts facts, IReadOnlyDictionary<int, int> overdueByAssignee, CommendationWeights weights)
    {
        var result = new Dictionary<int, CommendationBreakdown>();
        CommendationBreakdown Of(int id) => result.TryGetValue(id, out var b) ? b : Nothing;
        foreach (var x in facts.ById(FigureFact.Answered))
        {
            result[x.KeyId] = Of(x.KeyId) with { AnsweredOnTime = (int)x.OnTime, AnsweredLate = (int)(x.Count - x.OnTime) };
        }
        foreach (var (assignee, count) in overdueByAssignee.Where(x => x.Key != 0))
        {
            result[assignee] = Of(assignee) with { OverdueNow = count };
        }
        foreach (var x in facts.ById(FigureFact.VerifiedByPerson))
        {
            result[x.KeyId] = Of(x.KeyId) with { Verifications = x.Count };
        }
        foreach (var x in facts.ById(FigureFact.ResolvedByPerson))
        {
            result[x.KeyId] = Of(x.KeyId) with { IncidentsResolved = (int)x.Resolved, CriticalResolved = (int)x.Critical };
        }
        return result
            .Where(x => x.Value != Nothing)
            .Select(x => (PersonId: x.Key, Breakdown: x.Value, Score: weights.Score(x.Value)))
            .Where(x => x.Score >= weights.Threshold)
            .ToDictionary(x => x.PersonId, x => (x.Breakdown, x.Score));
    }

    /// <summary>Those not commended in the window, by score then name in Vietnamese order, top N per agency.</summary>
    public static IReadOnlyList<CommendationCandidate> Rank(
        Dictionary<int, (CommendationBreakdown Breakdown, decimal Score)> scored, IReadOnlyDictionary<int, CandidatePerson> people,
        HashSet<int> commended, CommendationWeights weights)
    {
        var ranked = scored
            .Where(x => !commended.Contains(x.Key))
            .Select(x => (Person: people[x.Key], x.Value.Breakdown, x.Value.Score))
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
}
