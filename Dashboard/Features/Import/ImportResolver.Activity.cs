using Dashboard.Features.Agreements;
using Dashboard.Features.Commendations;
using Dashboard.Features.Incidents;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Time;
using S = Dashboard.Features.Import.ImportSchema;

namespace Dashboard.Features.Import;

internal sealed partial class ImportResolver
{
    /// <summary>Requests of this workbook by (agreement code, reference number), new or from the database.</summary>
    private readonly Dictionary<(string Agreement, string ReferenceNo), InformationRequest> _requests = [];

    private List<PlannedRequest> ResolveRequests(List<RequestRow> rows)
    {
        var seen = new Dictionary<(string, string), int>();
        var planned = new List<PlannedRequest>();
        foreach (var row in rows)
        {
            var ok = AgreementFor(S.Requests, row.Row, row.Agreement, LocalClock.LocalDay(row.ReceivedAt), out var agreement);
            ok &= Find(l.Units, p.DeclaredUnits, S.Requests, row.Row, "RequestingUnitCode", row.RequestingUnitCode, "UnknownUnit", out var unit);
            ok &= Find(l.People, p.DeclaredPeople, S.Requests, row.Row, "RequestedByCode", row.RequestedByCode, "UnknownPerson", out var requestedBy);
            ok &= Find(l.People, p.DeclaredPeople, S.Requests, row.Row, "AssignedToCode", row.AssignedToCode, "UnknownPerson", out var assignedTo);
            if (agreement is null || !Unique(seen, (agreement.Code, row.ReferenceNo), S.Requests, row.Row, "ReferenceNo", $"{agreement.Code} / {row.ReferenceNo}") || !ok)
            {
                continue;
            }
            var target = agreement.Id != 0 && l.Requests.TryGetValue((agreement.Id, row.ReferenceNo), out var existing)
                ? existing
                : new InformationRequest { ReferenceNo = row.ReferenceNo, Subject = row.Subject };
            _requests[(agreement.Code, row.ReferenceNo)] = target;
            var due = row.DueAt ?? row.ReceivedAt + InformationRequest.DefaultTimeAllowed(row.Priority);
            planned.Add(new(row, target, agreement, unit!, requestedBy, assignedTo, due));
        }
        return planned;
    }

    private List<PlannedVerification> ResolveVerifications(List<VerificationRow> rows)
    {
        var seen = new Dictionary<(string, string, VerificationKind, int, string?, DateTime), int>();
        var planned = new List<PlannedVerification>();
        foreach (var row in rows)
        {
            var ok = AgreementFor(S.Verifications, row.Row, row.Agreement, LocalClock.LocalDay(row.PerformedAt), out var agreement);
            ok &= Find(l.People, p.DeclaredPeople, S.Verifications, row.Row, "PerformedByCode", row.PerformedByCode, "UnknownPerson", out var by);
            if (!ok || agreement is null)
            {
                continue;
            }
            if (!_requests.TryGetValue((agreement.Code, row.RequestReferenceNo), out var request)
                && (agreement.Id == 0 || !l.Requests.TryGetValue((agreement.Id, row.RequestReferenceNo), out request)))
            {
                if (!p.DeclaredRequests.Contains(row.RequestReferenceNo))
                {
                    faults.Add(S.Verifications, row.Row, "RequestReferenceNo", "UnknownRequest", row.RequestReferenceNo, agreement.Code);
                }
                continue;
            }
            var key = (agreement.Code, row.RequestReferenceNo, row.Kind, row.Count, row.PerformedByCode, row.PerformedAt);
            var shown = $"{agreement.Code} / {row.RequestReferenceNo} / {row.Kind} / {row.Count}";
            if (Unique(seen, key, S.Verifications, row.Row, "RequestReferenceNo", shown))
            {
                var exists = request.Id != 0 && (by is null || by.Id != 0)
                    && l.Verifications.Contains(new VerificationKey(request.Id, row.Kind, row.Count, by?.Id, row.PerformedAt));
                planned.Add(new(row, request, by, exists));
            }
        }
        return planned;
    }

    private List<PlannedIncident> ResolveIncidents(List<IncidentRow> rows)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var planned = new List<PlannedIncident>();
        foreach (var row in rows)
        {
            var ok = AgreementFor(S.Incidents, row.Row, row.Agreement, LocalClock.LocalDay(row.OccurredAt), out var agreement);
            ok &= Find(l.Areas, p.DeclaredAreas, S.Incidents, row.Row, "AreaCode", row.AreaCode, "UnknownArea", out var area);
            ok &= Find(l.People, p.DeclaredPeople, S.Incidents, row.Row, "LeadOfficerCode", row.LeadOfficerCode, "UnknownPerson", out var lead);
            ok &= Find(l.People, p.DeclaredPeople, S.Incidents, row.Row, "TelecomContactCode", row.TelecomContactCode, "UnknownPerson", out var contact);
            if (Unique(seen, row.Code, S.Incidents, row.Row, "Code", row.Code) && ok)
            {
                var target = l.Incidents.TryGetValue(row.Code, out var existing) ? existing : new Incident { Code = row.Code };
                planned.Add(new(row, target, agreement!, area!, lead, contact));
            }
        }
        return planned;
    }

    private List<PlannedCommendation> ResolveCommendations(List<CommendationRow> rows)
    {
        var seen = new Dictionary<(string, string, DateOnly, string), int>();
        var planned = new List<PlannedCommendation>();
        foreach (var row in rows)
        {
            var ok = AgreementFor(S.Commendations, row.Row, row.Agreement, row.AwardedOn, out var agreement);
            ok &= Find(l.People, p.DeclaredPeople, S.Commendations, row.Row, "PersonCode", row.PersonCode, "UnknownPerson", out var person);
            if (!ok || agreement is null || person is null)
            {
                continue;
            }
            var shown = $"{agreement.Code} / {row.PersonCode} / {row.AwardedOn:dd/MM/yyyy} / {row.Level}";
            if (!Unique(seen, (agreement.Code, row.PersonCode, row.AwardedOn, row.Level), S.Commendations, row.Row, "PersonCode", shown))
            {
                continue;
            }
            var target = agreement.Id != 0 && person.Id != 0
                && l.Commendations.TryGetValue(new CommendationKey(agreement.Id, person.Id, row.AwardedOn, row.Level), out var existing)
                ? existing
                : new Commendation { Level = row.Level };
            planned.Add(new(row, target, agreement, person));
        }
        return planned;
    }
}
