namespace Dashboard.Features.Requests;

/// <summary>What the create/edit form holds. Times are local (Asia/Ho_Chi_Minh); Version guards against silent overwrites.</summary>
public sealed class RequestForm
{
    public int? Id { get; set; }
    public int Version { get; set; }
    /// <summary>When the form was filled from the database: what others saved after it is a conflict.</summary>
    public DateTime LoadedAtUtc { get; set; }
    public int? AgreementId { get; set; }
    public string? ReferenceNo { get; set; }
    public int? RequestingUnitId { get; set; }
    public int? RequestedById { get; set; }
    public string? Subject { get; set; }
    public RequestPriority Priority { get; set; } = RequestPriority.Normal;
    public DateTime? ReceivedAt { get; set; }
    /// <summary>Empty: the default of the priority.</summary>
    public DateTime? DueAt { get; set; }
    public int? AssignedToId { get; set; }
}

/// <summary>Verifications added as counts per kind; no subscriber identifier is ever asked for.</summary>
public sealed class VerificationForm
{
    public VerificationKind Kind { get; set; } = VerificationKind.SubscriberIdentity;
    public int Count { get; set; } = 1;
    public int? PerformedById { get; set; }
    public DateTime? PerformedAt { get; set; }
}

