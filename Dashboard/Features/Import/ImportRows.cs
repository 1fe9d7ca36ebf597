using Dashboard.Features.Areas;
using Dashboard.Features.Incidents;
using Dashboard.Features.People;
using Dashboard.Features.Requests;

namespace Dashboard.Features.Import;

// One record per accepted data row; Row is Excel's row number. Times are UTC.

internal sealed record AgreementRow(int Row, string Code, string Title, DateOnly? SignedOn, DateOnly StartsOn, DateOnly EndsOn);

internal sealed record AreaRow(int Row, string Code, string Name, AreaLevel Level, string? ParentCode);

internal sealed record UnitRow(int Row, string Code, string Name, Agency Agency);

internal sealed record PersonRow(int Row, string Code, string FullName, string UnitCode, string? Title);

internal sealed record RequestRow(
    int Row, string? Agreement, string ReferenceNo, string RequestingUnitCode, string? RequestedByCode, string Subject,
    RequestPriority Priority, DateTime ReceivedAt, DateTime? DueAt, string? AssignedToCode, RequestStatus Status,
    DateTime? AnsweredAt, DateTime? ClosedAt);

internal sealed record VerificationRow(
    int Row, string? Agreement, string RequestReferenceNo, VerificationKind Kind, int Count, string? PerformedByCode, DateTime PerformedAt);

internal sealed record IncidentRow(
    int Row, string? Agreement, string Code, IncidentKind Kind, string AreaCode, DateTime OccurredAt, DateTime ReportedAt,
    IncidentSeverity Severity, IncidentStatus Status, DateTime? ResolvedAt, DateTime? ClosedAt, int OutageMinutes,
    int SubscribersAffected, long DamageVnd, string? LeadOfficerCode, string? TelecomContactCode, string? CaseRef,
    double? Latitude, double? Longitude, string? Summary);

internal sealed record CommendationRow(
    int Row, string? Agreement, string PersonCode, DateOnly AwardedOn, string Level, string? AwardingBody, string? Reason);

/// <summary>
/// What the workbook holds, sheet by sheet (null: sheet absent). Declared* hold every code a row of the file defines,
/// also rows refused for another reason, so a reference to them is not reported a second time (code → first row).
/// </summary>
internal sealed class ParsedWorkbook
{
    public List<AgreementRow>? Agreements { get; set; }
    public List<AreaRow>? Areas { get; set; }
    public List<UnitRow>? Units { get; set; }
    public List<PersonRow>? People { get; set; }
    public List<RequestRow>? Requests { get; set; }
    public List<VerificationRow>? Verifications { get; set; }
    public List<IncidentRow>? Incidents { get; set; }
    public List<CommendationRow>? Commendations { get; set; }

    public Dictionary<string, int> DeclaredAgreements { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> DeclaredAreas { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> DeclaredUnits { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> DeclaredPeople { get; } = new(StringComparer.Ordinal);
    public HashSet<string> DeclaredRequests { get; } = new(StringComparer.Ordinal);

    public bool AnySheet =>
        Agreements is not null || Areas is not null || Units is not null || People is not null
        || Requests is not null || Verifications is not null || Incidents is not null || Commendations is not null;
}
