namespace Dashboard.Features.Incidents;

/// <summary>What a coordinator filters the incident list by. Dates are local days (inclusive).</summary>
public sealed record IncidentFilter
{
    public int? AgreementId { get; init; }
    /// <summary>Searched in Code, CaseRef and Summary.</summary>
    public string? Text { get; init; }
    public IncidentKind? Kind { get; init; }
    public IncidentSeverity? Severity { get; init; }
    public IncidentStatus? Status { get; init; }
    public int? AreaId { get; init; }
    public DateOnly? OccurredFrom { get; init; }
    public DateOnly? OccurredTo { get; init; }
    /// <summary>"code", "occurred", "kind", "area", "severity", "status", "damage"; latest occurred first by default.</summary>
    public string? SortBy { get; init; }
    public bool Descending { get; init; } = true;
}

/// <summary>A row of the incident list (and of its export).</summary>
public sealed record IncidentRow(
    int Id, string AgreementCode, string Code, IncidentKind Kind, string AreaCode, string AreaName,
    DateTime OccurredAt, DateTime ReportedAt, IncidentSeverity Severity, IncidentStatus Status,
    int OutageMinutes, int SubscribersAffected, long DamageVnd,
    string? LeadOfficer, string? TelecomContact, string? CaseRef, string? Summary,
    double? Latitude, double? Longitude, DateTime? ResolvedAt, DateTime? ClosedAt);
