using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Incidents;

/// <summary>The incident list: filtered, sorted and paged in SQL.</summary>
public sealed class IncidentQueries(IDbContextFactory<DashboardDbContext> factory)
    : ListQuery<Incident, IncidentFilter, IncidentRow>(factory)
{
    protected override IQueryable<Incident> Filtered(DashboardDbContext db, IncidentFilter f)
    {
        var q = db.Incidents.AsNoTracking();
        if (f.AgreementId is { } agreement)
        {
            q = q.Where(i => i.AgreementId == agreement);
        }
        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            var text = f.Text.Trim();
            q = q.Where(i => i.Code.Contains(text) || (i.CaseRef != null && i.CaseRef.Contains(text)) || (i.Summary != null && i.Summary.Contains(text)));
        }
        if (f.Kind is { } kind)
        {
            q = q.Where(i => i.Kind == kind);
        }
        if (f.Severity is { } severity)
        {
            q = q.Where(i => i.Severity == severity);
        }
        if (f.Status is { } status)
        {
            q = q.Where(i => i.Status == status);
        }
        if (f.AreaId is { } area)
        {
            q = q.Where(i => i.AreaId == area);
        }
        if (f.OccurredFrom is { } from)
        {
            var start = LocalClock.StartOfDayUtc(from);
            q = q.Where(i => i.OccurredAt >= start);
        }
        if (f.OccurredTo is { } to)
        {
            var end = LocalClock.StartOfDayUtc(to.AddDays(1));
            q = q.Where(i => i.OccurredAt < end);
        }
        return q;
    }

    // Severity and status are stored as names: sort by their rank, not alphabetically.
    protected override IQueryable<Incident> Sorted(IQueryable<Incident> q, IncidentFilter f) => (f.SortBy, f.Descending) switch
    {
        ("code", false) => q.OrderBy(i => i.Code),
        ("code", true) => q.OrderByDescending(i => i.Code),
        ("area", false) => q.OrderBy(i => SqlFunctions.Vietnamese(i.Area!.Name)).ThenByDescending(i => i.OccurredAt),
        ("area", true) => q.OrderByDescending(i => SqlFunctions.Vietnamese(i.Area!.Name)).ThenByDescending(i => i.OccurredAt),
        ("severity", false) => q.OrderBy(i => i.Severity == IncidentSeverity.Low ? 0 : i.Severity == IncidentSeverity.Medium ? 1 : i.Severity == IncidentSeverity.High ? 2 : 3)
            .ThenByDescending(i => i.OccurredAt),
        ("severity", true) => q.OrderByDescending(i => i.Severity == IncidentSeverity.Low ? 0 : i.Severity == IncidentSeverity.Medium ? 1 : i.Severity == IncidentSeverity.High ? 2 : 3)
            .ThenByDescending(i => i.OccurredAt),
        ("status", false) => q.OrderBy(i => i.Status == IncidentStatus.Reported ? 0 : i.Status == IncidentStatus.Investigating ? 1 : i.Status == IncidentStatus.Resolved ? 2 : 3)
            .ThenByDescending(i => i.OccurredAt),
        ("status", true) => q.OrderByDescending(i => i.Status == IncidentStatus.Reported ? 0 : i.Status == IncidentStatus.Investigating ? 1 : i.Status == IncidentStatus.Resolved ? 2 : 3)
            .ThenByDescending(i => i.OccurredAt),
        ("damage", false) => q.OrderBy(i => i.DamageVnd).ThenByDescending(i => i.OccurredAt),
        ("damage", true) => q.OrderByDescending(i => i.DamageVnd).ThenByDescending(i => i.OccurredAt),
        ("occurred", false) => q.OrderBy(i => i.OccurredAt).ThenBy(i => i.Id),
        _ => q.OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id),
    };

    protected override IQueryable<IncidentRow> Project(IQueryable<Incident> q) => q.Select(i => new IncidentRow(
        i.Id, i.Agreement!.Code, i.Code, i.Kind, i.Area!.Code, i.Area.Name, i.OccurredAt, i.ReportedAt, i.Severity, i.Status,
        i.OutageMinutes, i.SubscribersAffected, i.DamageVnd,
        i.LeadOfficer != null ? i.LeadOfficer.FullName : null, i.TelecomContact != null ? i.TelecomContact.FullName : null,
        i.CaseRef, i.Summary, i.Latitude, i.Longitude, i.ResolvedAt, i.ClosedAt));
}
