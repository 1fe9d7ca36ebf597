using Dashboard.Features.Kpis;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Commendations;

/// <summary>A candidate with what a nomination needs beside the score: rank within the agency, unit and title.</summary>
public sealed record CandidateRow(int Rank, CommendationCandidate Candidate, int PersonId, string Unit, string? Title);

/// <summary>The candidates of a window, ranked per agency, with the weights that scored them.</summary>
public sealed record CommendationBoardData(FigureWindow Window, CommendationWeights Weights, IReadOnlyList<CandidateRow> Rows)
{
    public IReadOnlyList<CandidateRow> Of(Agency agency) => [.. Rows.Where(r => r.Candidate.Agency == agency)];
}

/// <summary>Loads the candidates of SPEC §3 (through the figures service, so the page, the export and review mode agree).</summary>
public sealed class CommendationBoard(FiguresService figures, CommendationWeightsStore weights, IDbContextFactory<DashboardDbContext> dbs)
{
    /// <summary>Throws <see cref="FigureQueryException"/> for inputs that cannot be computed.</summary>
    public async Task<CommendationBoardData> LoadAsync(FigureQuery query, CancellationToken ct = default)
    {
        var current = await weights.GetAsync(ct);
        var kpis = await figures.ComputeAsync(query, ct);
        return await FromAsync(kpis, current, ct);
    }

    /// <summary>The board of figures already computed.</summary>
    public async Task<CommendationBoardData> FromAsync(Kpis.Kpis kpis, CommendationWeights current, CancellationToken ct = default)
    {
        var codes = kpis.CommendationCandidates.Select(c => c.PersonCode).ToList();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var people = await db.People.AsNoTracking()
            .Where(p => codes.Contains(p.Code))
            .Select(p => new { p.Id, p.Code, Unit = p.Unit!.Name, p.Title })
            .ToDictionaryAsync(p => p.Code, ct);
        var ranks = new Dictionary<Agency, int>();
        var rows = new List<CandidateRow>();
        foreach (var c in kpis.CommendationCandidates)
        {
            var rank = ranks[c.Agency] = ranks.GetValueOrDefault(c.Agency) + 1;
            var person = people[c.PersonCode];
            rows.Add(new CandidateRow(rank, c, person.Id, person.Unit, person.Title));
        }
        return new CommendationBoardData(kpis.Window, current, rows);
    }
}
