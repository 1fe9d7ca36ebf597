using Dashboard.Features.Requests;

namespace Dashboard.Features.Import;

internal sealed partial class ImportWriter
{
    private Outcome Apply(PlannedRequest x)
    {
        var (r, q) = (x.Row, x.Target);
        var d = DiffFor(q, q.Id == 0);
        d.Ref(q.AgreementId, x.Agreement, e => e.Id, v => q.Agreement = v, v => q.AgreementId = v!.Value);
        d.Ref(q.RequestingUnitId, x.RequestingUnit, e => e.Id, v => q.RequestingUnit = v, v => q.RequestingUnitId = v!.Value);
        d.Ref(q.RequestedById, x.RequestedBy, e => e.Id, v => q.RequestedBy = v, v => q.RequestedById = v);
        d.Ref(q.AssignedToId, x.AssignedTo, e => e.Id, v => q.AssignedTo = v, v => q.AssignedToId = v);
        d.Set(q.Subject, r.Subject, v => q.Subject = v);
        d.Set(q.Priority, r.Priority, v => q.Priority = v);
        d.Set(q.ReceivedAt, r.ReceivedAt, v => q.ReceivedAt = v);
        d.Set(q.DueAt, x.DueAt, v => q.DueAt = v);
        // Status and its times come from the file as they were; the rules of ChangeStatus were checked when reading.
        d.Set(q.Status, r.Status, v => q.Status = v);
        d.Set(q.AnsweredAt, r.AnsweredAt, v => q.AnsweredAt = v);
        d.Set(q.ClosedAt, r.ClosedAt, v => q.ClosedAt = v);
        return Finish(q.Id == 0, q, d);
    }

    /// <summary>A verification's key is all its columns: it is either there already or new.</summary>
    private Outcome Apply(PlannedVerification x)
    {
        if (x.Exists)
        {
            return Outcome.Unchanged;
        }
        var r = x.Row;
        // Keys only: the request and the person were saved by an earlier sheet (navigations only in a dry run, where nothing is).
        var verification = new Verification
        {
            Request = x.Request.Id == 0 ? x.Request : null,
            RequestId = x.Request.Id,
            // The copy of the request's agreement; the request was saved with the sheet before.
            AgreementId = x.Request.AgreementId,
            Kind = r.Kind,
            Count = r.Count,
            PerformedBy = x.PerformedBy is { Id: 0 } unsaved ? unsaved : null,
            PerformedById = x.PerformedBy is { Id: > 0 } by ? by.Id : null,
            PerformedAt = r.PerformedAt,
        };
        return Finish(isNew: true, verification, DiffFor(verification, isNew: true));
    }

    private Outcome Apply(PlannedIncident x)
    {
        var (r, i) = (x.Row, x.Target);
        var d = DiffFor(i, i.Id == 0);
        d.Ref(i.AgreementId, x.Agreement, e => e.Id, v => i.Agreement = v, v => i.AgreementId = v!.Value);
        d.Ref(i.AreaId, x.Area, e => e.Id, v => i.Area = v, v => i.AreaId = v!.Value);
        d.Ref(i.LeadOfficerId, x.LeadOfficer, e => e.Id, v => i.LeadOfficer = v, v => i.LeadOfficerId = v);
        d.Ref(i.TelecomContactId, x.TelecomContact, e => e.Id, v => i.TelecomContact = v, v => i.TelecomContactId = v);
        d.Set(i.Kind, r.Kind, v => i.Kind = v);
        d.Set(i.OccurredAt, r.OccurredAt, v => i.OccurredAt = v);
        d.Set(i.ReportedAt, r.ReportedAt, v => i.ReportedAt = v);
        d.Set(i.Severity, r.Severity, v => i.Severity = v);
        d.Set(i.Status, r.Status, v => i.Status = v);
        d.Set(i.ResolvedAt, r.ResolvedAt, v => i.ResolvedAt = v);
        d.Set(i.ClosedAt, r.ClosedAt, v => i.ClosedAt = v);
        d.Set(i.OutageMinutes, r.OutageMinutes, v => i.OutageMinutes = v);
        d.Set(i.SubscribersAffected, r.SubscribersAffected, v => i.SubscribersAffected = v);
        d.Set(i.DamageVnd, r.DamageVnd, v => i.DamageVnd = v);
        d.Set(i.CaseRef, r.CaseRef, v => i.CaseRef = v);
        d.Set(i.Latitude, r.Latitude, v => i.Latitude = v);
        d.Set(i.Longitude, r.Longitude, v => i.Longitude = v);
        d.Set(i.Summary, r.Summary, v => i.Summary = v);
        return Finish(i.Id == 0, i, d);
    }

    private Outcome Apply(PlannedCommendation x)
    {
        var (r, c) = (x.Row, x.Target);
        var d = DiffFor(c, c.Id == 0);
        d.Ref(c.AgreementId, x.Agreement, e => e.Id, v => c.Agreement = v, v => c.AgreementId = v!.Value);
        d.Ref(c.PersonId, x.Person, e => e.Id, v => c.Person = v, v => c.PersonId = v!.Value);
        d.Set(c.AwardedOn, r.AwardedOn, v => c.AwardedOn = v);
        d.Set(c.Level, r.Level, v => c.Level = v);
        d.Set(c.AwardingBody, r.AwardingBody, v => c.AwardingBody = v);
        d.Set(c.Reason, r.Reason, v => c.Reason = v);
        return Finish(c.Id == 0, c, d);
    }
}
