using Dashboard.Features.Incidents;
using Dashboard.Features.Requests;

namespace Dashboard.Features.Import;

/// <summary>Rows of the Requests, Verifications, Incidents and Commendations sheets, with the status rules of SPEC §2.</summary>
internal static class ActivitySheets
{
    public static RequestRow? Request(RowReader r, ParsedWorkbook p)
    {
        var agreement = r.Code("Agreement");
        var reference = WorkbookReader.Declare(r.Code("ReferenceNo"), p.DeclaredRequests);
        var unit = r.Code("RequestingUnitCode");
        var requestedBy = r.Code("RequestedByCode");
        var subject = r.Text("Subject");
        var priority = r.Choice<RequestPriority>("Priority") ?? RequestPriority.Normal;
        var received = r.DateTimeUtc("ReceivedAt");
        var due = r.DateTimeUtc("DueAt");
        var assigned = r.Code("AssignedToCode");
        var status = r.Choice<RequestStatus>("Status") ?? RequestStatus.Received;
        var answered = r.DateTimeUtc("AnsweredAt");
        var closed = r.DateTimeUtc("ClosedAt");
        if (received is { } at)
        {
            NotBefore(r, "DueAt", due, at, "ReceivedAt", "DueBeforeReceived");
            NotBefore(r, "AnsweredAt", answered, at, "ReceivedAt");
            NotBefore(r, "ClosedAt", closed, at, "ReceivedAt");
        }
        // A terminal status sets ClosedAt; Answered also sets AnsweredAt = ClosedAt (InformationRequest.ChangeStatus).
        switch (status)
        {
            case RequestStatus.Answered:
                if (answered is null && closed is null)
                {
                    r.Fault("AnsweredAt", "RequiredForStatus", status.ToString());
                }
                else if (answered is { } a && closed is { } c && a != c)
                {
                    r.Fault("ClosedAt", "AnsweredClosedDiffer");
                }
                answered = closed = answered ?? closed;
                break;
            case RequestStatus.Rejected or RequestStatus.Withdrawn:
                Require(r, "ClosedAt", closed, status.ToString());
                Forbid(r, "AnsweredAt", answered, status.ToString());
                break;
            default:
                Forbid(r, "AnsweredAt", answered, status.ToString());
                Forbid(r, "ClosedAt", closed, status.ToString());
                break;
        }
        return reference is null || unit is null || subject is null || received is null ? null
            : new(r.Number, agreement, reference, unit, requestedBy, subject, priority, received.Value, due, assigned, status, answered, closed);
    }

    public static VerificationRow? Verification(RowReader r)
    {
        var agreement = r.Code("Agreement");
        var reference = r.Code("RequestReferenceNo");
        var kind = r.Choice<VerificationKind>("Kind");
        var count = r.Integer("Count", min: 1);
        var by = r.Code("PerformedByCode");
        var at = r.DateTimeUtc("PerformedAt");
        return reference is null || kind is null || count is null || at is null ? null
            : new(r.Number, agreement, reference, kind.Value, count.Value, by, at.Value);
    }

    public static IncidentRow? Incident(RowReader r)
    {
        var agreement = r.Code("Agreement");
        var code = r.Code("Code");
        var kind = r.Choice<IncidentKind>("Kind");
        var area = r.Code("AreaCode");
        var occurred = r.DateTimeUtc("OccurredAt");
        var reported = r.DateTimeUtc("ReportedAt");
        var severity = r.Choice<IncidentSeverity>("Severity");
        var status = r.Choice<IncidentStatus>("Status") ?? IncidentStatus.Reported;
        var resolved = r.DateTimeUtc("ResolvedAt");
        var closed = r.DateTimeUtc("ClosedAt");
        var outage = r.Integer("OutageMinutes") ?? 0;
        var subscribers = r.Integer("SubscribersAffected") ?? 0;
        var damage = r.Long("DamageVnd") ?? 0;
        var lead = r.Code("LeadOfficerCode");
        var contact = r.Code("TelecomContactCode");
        var caseRef = r.Text("CaseRef");
        var latitude = r.Real("Latitude", -90, 90);
        var longitude = r.Real("Longitude", -180, 180);
        var summary = r.Text("Summary");
        if (occurred is { } at)
        {
            NotBefore(r, "ReportedAt", reported, at, "OccurredAt");
            NotBefore(r, "ResolvedAt", resolved, at, "OccurredAt");
            NotBefore(r, "ClosedAt", closed, at, "OccurredAt");
        }
        // Resolved sets ResolvedAt, Closed sets ClosedAt, an open incident has neither (Incident.ChangeStatus).
        var name = status.ToString();
        if (status == IncidentStatus.Resolved) { Require(r, "ResolvedAt", resolved, name); } else { Forbid(r, "ResolvedAt", resolved, name); }
        if (status == IncidentStatus.Closed) { Require(r, "ClosedAt", closed, name); } else { Forbid(r, "ClosedAt", closed, name); }
        return code is null || kind is null || area is null || occurred is null || severity is null ? null
            : new(r.Number, agreement, code, kind.Value, area, occurred.Value, reported ?? occurred.Value, severity.Value, status,
                resolved, closed, outage, subscribers, damage, lead, contact, caseRef, latitude, longitude, summary);
    }

    public static CommendationRow? Commendation(RowReader r)
    {
        var agreement = r.Code("Agreement");
        var person = r.Code("PersonCode");
        var on = r.Date("AwardedOn");
        var level = r.Code("Level");
        var body = r.Text("AwardingBody");
        var reason = r.Text("Reason");
        return person is null || on is null || level is null ? null : new(r.Number, agreement, person, on.Value, level, body, reason);
    }

    private static void NotBefore(RowReader r, string column, DateTime? value, DateTime earliest, string earlierColumn, string code = "BeforeColumn")
    {
        if (value < earliest)
        {
            r.Fault(column, code, earlierColumn);
        }
    }

    private static void Require(RowReader r, string column, DateTime? value, string status)
    {
        if (value is null)
        {
            r.Fault(column, "RequiredForStatus", status);
        }
    }

    private static void Forbid(RowReader r, string column, DateTime? value, string status)
    {
        if (value is not null)
        {
            r.Fault(column, "NotForStatus", status);
        }
    }
}
