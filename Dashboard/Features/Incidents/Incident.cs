using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.People;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.Incidents;

public enum IncidentKind
{
    CableCut, CableTheft, EquipmentTheft, StationVandalism, Arson, RouteEncroachment, SignalInterference, NetworkMisuse, Other,
}

public enum IncidentSeverity { Low, Medium, High, Critical }

/// <summary>Reported → Investigating → Resolved (resolved definitively) or Closed (without resolution).</summary>
public enum IncidentStatus { Reported, Investigating, Resolved, Closed }

/// <summary>An incident against telecom infrastructure (vụ việc xâm hại công trình viễn thông). Times are UTC.</summary>
public sealed class Incident : IVersionedRecord
{
    public int Id { get; set; }
    public int AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    public required string Code { get; set; }
    public IncidentKind Kind { get; set; }
    public int AreaId { get; set; }
    public Area? Area { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    /// <summary>Setting it sets <see cref="OccurredWeek"/>, <see cref="OccurredMonth"/> and <see cref="OccurredHourOfWeek"/> too, whoever writes: forms, import, demo data.</summary>
    public DateTime OccurredAt
    {
        get;
        set
        {
            field = value;
            var local = LocalClock.ToLocal(value);
            OccurredWeek = LocalClock.MondayOf(DateOnly.FromDateTime(local.DateTime));
            OccurredMonth = LocalMonths.Of(DateOnly.FromDateTime(local.DateTime));
            OccurredHourOfWeek = (int)local.DayOfWeek * 24 + local.Hour;
        }
    }

    /// <summary>The local Monday of the ISO week OccurredAt falls in, stored so that heat maps group on an index, not on date() per row.</summary>
    public DateOnly OccurredWeek { get; private set; }

    /// <summary>The local month, counted as <see cref="LocalMonths"/> does (year × 12 + month − 1): heat-map roll-ups group on it in plain SQL.</summary>
    public int OccurredMonth { get; private set; }

    /// <summary>Local weekday (0 = Sunday, as SQLite's %w) × 24 + local hour: the weekday × hour heat map groups on it.</summary>
    public int OccurredHourOfWeek { get; private set; }
    public DateTime ReportedAt { get; set; }
    public IncidentSeverity Severity { get; set; }
    public int OutageMinutes { get; set; }
    public int SubscribersAffected { get; set; }
    public long DamageVnd { get; set; }
    public int? LeadOfficerId { get; set; }
    public Person? LeadOfficer { get; set; }
    public int? TelecomContactId { get; set; }
    public Person? TelecomContact { get; set; }
    public string? CaseRef { get; set; }
    public string? Summary { get; set; }
    public IncidentStatus Status { get; set; } = IncidentStatus.Reported;
    public DateTime? ResolvedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public int Version { get; set; }

    /// <summary>Resolved sets ResolvedAt; Closed sets ClosedAt; reopening clears both.</summary>
    public void ChangeStatus(IncidentStatus status, DateTime atUtc)
    {
        Status = status;
        ResolvedAt = status == IncidentStatus.Resolved ? atUtc : null;
        ClosedAt = status == IncidentStatus.Closed ? atUtc : null;
    }
}
