namespace Dashboard.Features.Incidents;

/// <summary>What the create/edit form holds. Times are local (Asia/Ho_Chi_Minh); Version guards against silent overwrites.</summary>
public sealed class IncidentForm
{
    public int? Id { get; set; }
    public int Version { get; set; }
    /// <summary>When the form was filled from the database: what others saved after it is a conflict.</summary>
    public DateTime LoadedAtUtc { get; set; }
    /// <summary>Empty: the agreement in force on the day it occurred.</summary>
    public int? AgreementId { get; set; }
    public string? Code { get; set; }
    public IncidentKind? Kind { get; set; }
    public IncidentSeverity Severity { get; set; } = IncidentSeverity.Medium;
    public int? AreaId { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public DateTime? OccurredAt { get; set; }
    /// <summary>Empty: now.</summary>
    public DateTime? ReportedAt { get; set; }
    public int OutageMinutes { get; set; }
    public int SubscribersAffected { get; set; }
    public long DamageVnd { get; set; }
    public int? LeadOfficerId { get; set; }
    public int? TelecomContactId { get; set; }
    public string? CaseRef { get; set; }
    public string? Summary { get; set; }
}
