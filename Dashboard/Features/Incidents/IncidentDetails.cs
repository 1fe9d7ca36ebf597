using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.Audit;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Incidents;

public sealed record IncidentDetail(
    Incident Incident, string AgreementCode, string AreaCode, string AreaName, DateOnly? AreaRetiredAfter,
    string? LeadOfficer, string? TelecomContact, List<AuditEntry> History, IReadOnlyDictionary<string, string> Names);

/// <summary>One incident with its change history.</summary>
public sealed class IncidentDetails(IDbContextFactory<DashboardDbContext> factory)
{
    /// <summary>Reference fields whose audited values are ids: shown by name in the history.</summary>
    public static readonly string[] ReferenceFields = ["AgreementId", "AreaId", "LeadOfficerId", "TelecomContactId"];

    public async Task<IncidentDetail?> LoadAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var i = await db.Incidents.AsNoTracking()
            .Include(x => x.Agreement).Include(x => x.Area).Include(x => x.LeadOfficer).Include(x => x.TelecomContact)
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (i is null)
        {
            return null;
        }
        var history = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(Incident) && a.EntityKey == i.Code && a.Action != "Viewed")
            .OrderByDescending(a => a.Id).Take(50).ToListAsync(ct);
        return new IncidentDetail(i, i.Agreement!.Code, i.Area!.Code, i.Area.Name, i.Area.ValidTo,
            i.LeadOfficer?.FullName, i.TelecomContact?.FullName, history, await NamesAsync(db, history, ct));
    }

    public async Task<IncidentForm?> FormAsync(int id, DateTime nowUtc, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var i = await db.Incidents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return i is null ? null : new IncidentForm
        {
            Id = i.Id, Version = i.Version, LoadedAtUtc = nowUtc, AgreementId = i.AgreementId, Code = i.Code, Kind = i.Kind,
            Severity = i.Severity, AreaId = i.AreaId, Latitude = i.Latitude, Longitude = i.Longitude,
            OccurredAt = LocalClock.ToLocal(i.OccurredAt).DateTime, ReportedAt = LocalClock.ToLocal(i.ReportedAt).DateTime,
            OutageMinutes = i.OutageMinutes, SubscribersAffected = i.SubscribersAffected, DamageVnd = i.DamageVnd,
            LeadOfficerId = i.LeadOfficerId, TelecomContactId = i.TelecomContactId, CaseRef = i.CaseRef, Summary = i.Summary,
        };
    }

    /// <summary>"Field:id" → name, for the ids that appear in the history.</summary>
    private static async Task<Dictionary<string, string>> NamesAsync(DashboardDbContext db, List<AuditEntry> history, CancellationToken ct)
    {
        var ids = history.SelectMany(a => AuditChanges.Parse(a.Changes))
            .Where(c => ReferenceFields.Contains(c.Field))
            .SelectMany(c => new[] { (c.Field, c.Old), (c.Field, c.New) })
            .Where(x => int.TryParse(x.Item2, out _))
            .GroupBy(x => x.Field, x => int.Parse(x.Item2!, System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Distinct().ToList());
        var names = new Dictionary<string, string>();
        void Add(string field, IEnumerable<(int Id, string Name)> found)
        {
            foreach (var (key, name) in found)
            {
                names[field + ":" + key.ToString(System.Globalization.CultureInfo.InvariantCulture)] = name;
            }
        }
        if (ids.TryGetValue("AgreementId", out var agreements))
        {
            Add("AgreementId", (await db.Agreements.Where(a => agreements.Contains(a.Id)).Select(a => new { a.Id, a.Code }).ToListAsync(ct)).Select(a => (a.Id, a.Code)));
        }
        if (ids.TryGetValue("AreaId", out var areas))
        {
            Add("AreaId", (await db.Areas.Where(a => areas.Contains(a.Id)).Select(a => new { a.Id, a.Name, a.Code }).ToListAsync(ct)).Select(a => (a.Id, $"{a.Name} ({a.Code})")));
        }
        var people = ids.GetValueOrDefault("LeadOfficerId", []).Concat(ids.GetValueOrDefault("TelecomContactId", [])).Distinct().ToList();
        if (people.Count > 0)
        {
            var found = await db.People.Where(p => people.Contains(p.Id)).Select(p => new { p.Id, p.FullName }).ToListAsync(ct);
            Add("LeadOfficerId", found.Select(p => (p.Id, p.FullName)));
            Add("TelecomContactId", found.Select(p => (p.Id, p.FullName)));
        }
        return names;
    }
}
