namespace Dashboard.Features.Digests;

public enum DeliveryStatus { Pending, Sent, Failed }

/// <summary>One recipient's copy of a run. Unique per (run, recipient): a recipient can never be sent the same week twice.</summary>
public sealed class DigestDelivery
{
    public int Id { get; set; }
    public int RunId { get; set; }
    public DigestRun? Run { get; set; }
    public int RecipientId { get; set; }
    public DigestRecipient? Recipient { get; set; }
    /// <summary>The address and language used, as they were when the delivery was made.</summary>
    public required string Email { get; set; }
    public string Language { get; set; } = "vi";
    public DeliveryStatus Status { get; set; } = DeliveryStatus.Pending;
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime? LastAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }
    /// <summary>A sender holds the delivery until this instant (UTC), so two workers never send it at once; a killed sender's claim lapses.</summary>
    public DateTime? ClaimedUntil { get; set; }
}
