using Dashboard.Features.Shared;

namespace Dashboard.Features.Incidents;

/// <summary>What a coordinator filters the incident list by (beyond agreement and text, searched in Code, CaseRef and Summary). Dates are local days (inclusive).</summary>
/// <remarks>Sort labels: "code", "occurred", "kind", "area", "severity", "status", "damage"; latest occurred first by default.</remarks>
public sealed record IncidentFilter : ListFilter
{
    public IncidentKind? Kind { get; init; }
    public IncidentSeverity? Severity { get; init; }
    public IncidentStatus? Status { get; init; }
    public int? AreaId { get; init; }
    public DateOnly? OccurredFrom { get; init; }
    public DateOnly? OccurredTo { get; init; }
}

/// <summary>A row of the incident list (and of its export).</summary>
public sealed record IncidentRow(
    int Id, string AgreementCode, string Code, IncidentKind Kind, string AreaCode, string AreaName,
    DateTime OccurredAt, DateTime ReportedAt, IncidentSeverity Severity, IncidentStatus Status,
    int OutageMinutes, int SubscribersAffected, long DamageVnd,
    string? LeadOfficer, string? TelecomContact, string? CaseRef, string? Summary,
    double? Latitude, double? Longitude, DateTime? ResolvedAt, DateTime? ClosedAt);
