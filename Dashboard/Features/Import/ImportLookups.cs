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
/// The database rows a workbook can refer to or update, loaded once (tracked) so that no row costs a query.
/// Reference data is loaded whole; requests, verifications and incidents only for the keys the workbook names.
/// </summary>
internal sealed class ImportLookups
{
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
            .Concat((p.Verifications ?? []).Select(v => v.RequestReferenceNo)).Distinct().ToList();
        var requests = references.Count == 0 ? []
            : await db.Requests.Where(r => references.Contains(r.ReferenceNo)).ToListAsync(ct);
        var requestIds = p.Verifications is { Count: > 0 } ? requests.Select(r => r.Id).ToList() : [];
        var verifications = requestIds.Count == 0 ? []
            : await db.Verifications.AsNoTracking().Where(v => requestIds.Contains(v.RequestId))
                .Select(v => new VerificationKey(v.RequestId, v.Kind, v.Count, v.PerformedById, v.PerformedAt)).ToListAsync(ct);
        var incidentCodes = (p.Incidents ?? []).Select(i => i.Code).Distinct().ToList();
        var incidents = incidentCodes.Count == 0 ? [] : await db.Incidents.Where(i => incidentCodes.Contains(i.Code)).ToListAsync(ct);
        var commendations = p.Commendations is { Count: > 0 } ? await db.Commendations.ToListAsync(ct) : [];
        return new ImportLookups
        {
            Agreements = await db.Agreements.ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, ct),
            Areas = await db.Areas.ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, ct),
            Units = await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct),
            People = await db.People.ToDictionaryAsync(x => x.Code, StringComparer.Ordinal, ct),
            Requests = requests.ToDictionary(r => (r.AgreementId, r.ReferenceNo)),
            Verifications = [.. verifications],
            Incidents = incidents.ToDictionary(i => i.Code, StringComparer.Ordinal),
            Commendations = ByKey(commendations),
        };
    }
}
