using Dashboard.Features.Shared;

namespace Dashboard.Features.Incidents;

/// <summary>An incident filter as a query string, so the export downloads exactly the list on screen.</summary>
public static class IncidentFilterQuery
{
    public static string ToQuery(IncidentFilter f) => QueryValues.ToQuery(f,
        ("kind", f.Kind?.ToString()),
        ("severity", f.Severity?.ToString()),
        ("status", f.Status?.ToString()),
        ("area", QueryValues.Id(f.AreaId)),
        ("from", RecordDates.Query(f.OccurredFrom)),
        ("to", RecordDates.Query(f.OccurredTo)));

    public static IncidentFilter Parse(IQueryCollection q) => QueryValues.WithCommon(new IncidentFilter
    {
        Kind = QueryValues.Enum<IncidentKind>(q["kind"]),
        Severity = QueryValues.Enum<IncidentSeverity>(q["severity"]),
        Status = QueryValues.Enum<IncidentStatus>(q["status"]),
        AreaId = QueryValues.ParseId(q["area"]),
        OccurredFrom = RecordDates.Date(q["from"]),
        OccurredTo = RecordDates.Date(q["to"]),
    }, q);
}
