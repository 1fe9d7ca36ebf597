using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.Commendations;
using Dashboard.Features.Incidents;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Import;

internal readonly record struct VerificationKey(int RequestId, VerificationKind Kind, int Count, int? PerformedById, DateTime PerformedAt);

internal readonly record struct CommendationKey(int AgreementId, int PersonId, DateOnly AwardedOn, string Level);

/// <summary>
/// The database rows a workbook can refer to or update, loaded once so that no row costs a query. Reference data is loaded
/// whole; requests, verifications and incidents only for the keys the workbook names, a few hundred keys per query.
/// Nothing is tracked: the writer attaches a row only when it changes it.
/// </summary>
internal sealed class ImportLookups
{
    /// <summary>Keys per IN list: far below any database's parameter limit (SQLite 32,766, PostgreSQL 65,535), and EF caches the few shapes.</summary>
    public const int KeysPerQuery = 500;

    public required Dictionary<string, Agreement> Agreements { get; init; }
    public required Dictionary<string, Area> Areas { get; init; }
    public required Dictionary<string, Unit> Units { get; init; }
    public required Dictionary<string, Person> People { get; init; }
    public required Dictionary<(int AgreementId, string ReferenceNo), InformationRequest> Requests { get; init; }
    public required HashSet<VerificationKey> Verifications { get; init; }
    public required Dictionary<string, Incident> Incidents { get; init; }
    public required Dictionary<CommendationKey, Commendation> Commendations { get; init; }

    /// <summary>The table has no unique index on this key; the first of several equal rows is the one updated.</summary>
    private static Dictionary<CommendationKey, Commendation> ByKey(List<Commendation> commendations)
    {
        var byKey = new Dictionary<CommendationKey, Commendation>();
        foreach (var c in commendations.OrderBy(c => c.Id))
        {
            byKey.TryAdd(new CommendationKey(c.AgreementId, c.PersonId, c.AwardedOn, c.Level), c);
        }
        return byKey;
    }

    public static async Task<ImportLookups> LoadAsync(DashboardDbContext db, ParsedWorkbook p, CancellationToken ct)
    {
        var references = (p.Requests ?? []).Select(r => r.ReferenceNo)
            .Concat((p.Verifications ?? []).Select(v => v.RequestReferenceNo)).Distinct(StringComparer.Ordinal).ToList();
        var requests = await InChunksAsync(references, keys => db.Requests.AsNoTracking().Where(r => keys.Contains(r.ReferenceNo)), ct);
        var requestIds = p.Verifications is { Count: > 0 } ? requests.Select(r => r.Id).ToList() : [];
        var verifications = await InChunksAsync(requestIds, ids => db.Verifications.AsNoTracking().Where(v => ids.Contains(v.RequestId))
            .Select(v => new VerificationKey(v.RequestId, v.Kind, v.Count, v.PerformedById, v.PerformedAt)), ct);
        var incidentCodes = (p.Incidents ?? []).Select(i => i.Code).Distinct(StringComparer.Ordinal).ToList();
        var incidents = await InChunksAsync(incidentCodes, codes => db.Incidents.AsNoTracking().Where(i => codes.Contains(i.Code)), ct);
        var commendations = p.Commendations is { Count: > 0 } ? await db.Commendations.AsNoTracking().ToListAsync(ct) : [];
        return new ImportLookups
        {
            Agreements = await db.Agreements.AsNoTracking().ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, ct),
            Areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, ct),
            Units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct),
            People = await db.People.AsNoTracking().ToDictionaryAsync(x => x.Code, StringComparer.Ordinal, ct),
            Requests = requests.ToDictionary(r => (r.AgreementId, r.ReferenceNo)),
            Verifications = [.. verifications],
            Incidents = incidents.ToDictionary(i => i.Code, StringComparer.Ordinal),
            Commendations = ByKey(commendations),
        };
    }

    /// <summary>The rows of <paramref name="query"/> for every key, asked <see cref="KeysPerQuery"/> keys at a time.</summary>
    private static async Task<List<T>> InChunksAsync<TKey, T>(List<TKey> keys, Func<TKey[], IQueryable<T>> query, CancellationToken ct)
    {
        var rows = new List<T>();
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            rows.AddRange(await query(chunk).ToListAsync(ct));
        }
        return rows;
    }
}
