using Dashboard.Features.Shared;

namespace Dashboard.Features.Requests;

/// <summary>A request filter as a query string, so the export downloads exactly the list on screen.</summary>
public static class RequestFilterQuery
{
    public static string ToQuery(RequestFilter f) => QueryValues.ToQuery(f,
        ("status", f.Status?.ToString()),
        ("priority", f.Priority?.ToString()),
        ("unit", QueryValues.Id(f.RequestingUnitId)),
        ("assignee", QueryValues.Id(f.AssignedToId)),
        ("receivedFrom", RecordDates.Query(f.ReceivedFrom)),
        ("receivedTo", RecordDates.Query(f.ReceivedTo)),
        ("dueFrom", RecordDates.Query(f.DueFrom)),
        ("dueTo", RecordDates.Query(f.DueTo)),
        ("due", f.Due?.ToString()));

    public static RequestFilter Parse(IQueryCollection q) => QueryValues.WithCommon(new RequestFilter
    {
        Status = QueryValues.Enum<RequestStatus>(q["status"]),
        Priority = QueryValues.Enum<RequestPriority>(q["priority"]),
        RequestingUnitId = QueryValues.ParseId(q["unit"]),
        AssignedToId = QueryValues.ParseId(q["assignee"]),
        ReceivedFrom = RecordDates.Date(q["receivedFrom"]),
        ReceivedTo = RecordDates.Date(q["receivedTo"]),
        DueFrom = RecordDates.Date(q["dueFrom"]),
        DueTo = RecordDates.Date(q["dueTo"]),
        Due = QueryValues.Enum<DueState>(q["due"]),
    }, q);
}
