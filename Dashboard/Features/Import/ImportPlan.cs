using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.Commendations;
using Dashboard.Features.Incidents;
using Dashboard.Features.People;
using Dashboard.Features.Requests;

namespace Dashboard.Features.Import;

// A row with everything it refers to resolved: Target is the database row it updates, or a new entity not yet added.

internal sealed record PlannedAgreement(AgreementRow Row, Agreement Target);

internal sealed record PlannedArea(AreaRow Row, Area Target, Area? Parent);

internal sealed record PlannedUnit(UnitRow Row, Unit Target);

internal sealed record PlannedPerson(PersonRow Row, Person Target, Unit Unit);

internal sealed record PlannedRequest(
    RequestRow Row, InformationRequest Target, Agreement Agreement, Unit RequestingUnit, Person? RequestedBy, Person? AssignedTo, DateTime DueAt);

internal sealed record PlannedVerification(VerificationRow Row, InformationRequest Request, Person? PerformedBy, bool Exists);

internal sealed record PlannedIncident(IncidentRow Row, Incident Target, Agreement Agreement, Area Area, Person? LeadOfficer, Person? TelecomContact);

internal sealed record PlannedCommendation(CommendationRow Row, Commendation Target, Agreement Agreement, Person Person);

/// <summary>The whole workbook, validated and resolved; null lists are sheets the workbook does not have.</summary>
internal sealed class ImportPlan
{
    public List<PlannedAgreement>? Agreements { get; set; }
    public List<PlannedArea>? Areas { get; set; }
    public List<PlannedUnit>? Units { get; set; }
    public List<PlannedPerson>? People { get; set; }
    public List<PlannedRequest>? Requests { get; set; }
    public List<PlannedVerification>? Verifications { get; set; }
    public List<PlannedIncident>? Incidents { get; set; }
    public List<PlannedCommendation>? Commendations { get; set; }

    /// <summary>Every row the plan holds, for the progress of writing.</summary>
    public int Rows =>
        (Agreements?.Count ?? 0) + (Areas?.Count ?? 0) + (Units?.Count ?? 0) + (People?.Count ?? 0) + (Requests?.Count ?? 0)
        + (Verifications?.Count ?? 0) + (Incidents?.Count ?? 0) + (Commendations?.Count ?? 0);
}
