using Dashboard.Features.Agreements;
using Dashboard.Features.People;
using Dashboard.Features.Shared;

namespace Dashboard.Features.Requests;

public enum RequestPriority { Urgent, High, Normal }

public enum RequestStatus { Received, InProgress, Answered, Rejected, Withdrawn }

/// <summary>An information-lookup request (yêu cầu tra cứu thông tin) from the police. Times are UTC.</summary>
public sealed class InformationRequest : IVersionedRecord
{
    public int Id { get; set; }
    public int AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    public required string ReferenceNo { get; set; }
    public int RequestingUnitId { get; set; }
    public Unit? RequestingUnit { get; set; }
    public int? RequestedById { get; set; }
    public Person? RequestedBy { get; set; }
    public required string Subject { get; set; }
    public RequestPriority Priority { get; set; } = RequestPriority.Normal;
    public DateTime ReceivedAt { get; set; }
    public DateTime DueAt { get; set; }
    public int? AssignedToId { get; set; }
    public Person? AssignedTo { get; set; }
    public RequestStatus Status { get; set; } = RequestStatus.Received;
    public DateTime? AnsweredAt { get; set; }
    public DateTime? ClosedAt { get; set; }

    /// <summary>AnsweredAt − ReceivedAt in whole milliseconds, null until answered. SQLite computes it on every write (a generated column), so percentiles walk its index.</summary>
    public long? TurnaroundMilliseconds { get; private set; }
    public List<Verification> Verifications { get; } = [];
    public int Version { get; set; }

    public static bool IsTerminal(RequestStatus status) =>
        status is RequestStatus.Answered or RequestStatus.Rejected or RequestStatus.Withdrawn;

    /// <summary>Default time allowed by priority (SPEC §2): 24 h, 72 h, 7 days.</summary>
    public static TimeSpan DefaultTimeAllowed(RequestPriority priority) => priority switch
    {
        RequestPriority.Urgent => TimeSpan.FromHours(24),
        RequestPriority.High => TimeSpan.FromHours(72),
        _ => TimeSpan.FromDays(7),
    };

    /// <summary>Moves to a status; a terminal status sets ClosedAt, Answered also sets AnsweredAt = ClosedAt.</summary>
    public void ChangeStatus(RequestStatus status, DateTime atUtc)
    {
        Status = status;
        if (IsTerminal(status))
        {
            ClosedAt = atUtc;
            AnsweredAt = status == RequestStatus.Answered ? atUtc : null;
        }
        else
        {
            ClosedAt = null;
            AnsweredAt = null;
        }
    }
}
