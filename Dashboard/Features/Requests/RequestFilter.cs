using Dashboard.Features.Shared;

namespace Dashboard.Features.Requests;

public enum DueState { Overdue, DueSoon }

/// <summary>What a coordinator filters the request list by (beyond agreement and text). Dates are local days (inclusive).</summary>
/// <remarks>Sort labels: "ref", "received", "due", "priority", "status", "assignee"; newest received first by default.</remarks>
public sealed record RequestFilter : ListFilter
{
    public RequestStatus? Status { get; init; }
    public RequestPriority? Priority { get; init; }
    public int? RequestingUnitId { get; init; }
    public int? AssignedToId { get; init; }
    public DateOnly? ReceivedFrom { get; init; }
    public DateOnly? ReceivedTo { get; init; }
    public DateOnly? DueFrom { get; init; }
    public DateOnly? DueTo { get; init; }
    public DueState? Due { get; init; }
}

/// <summary>A row of the request list.</summary>
public sealed record RequestRow(
    int Id, string AgreementCode, string ReferenceNo, string Subject, RequestPriority Priority, RequestStatus Status,
    DateTime ReceivedAt, DateTime DueAt, DateTime? ClosedAt, string RequestingUnit, string? AssignedTo, int Verifications)
{
    public DueState? DueStateAt(DateTime nowUtc) => DueOf(DueAt, ClosedAt, nowUtc);

    /// <summary>Overdue, due within 24 hours, or neither (closed, or later): the list's rows and a request's page alike.</summary>
    public static DueState? DueOf(DateTime dueAt, DateTime? closedAt, DateTime nowUtc) =>
        closedAt is not null ? null
        : dueAt < nowUtc ? DueState.Overdue
        : dueAt < nowUtc.AddHours(24) ? DueState.DueSoon
        : null;
}
