using Dashboard.Features.Agreements;

namespace Dashboard.Features.Digests;

/// <summary>Built: workbook stored, nothing sent yet. Sending: deliveries under way. Sent: every delivery sent. Failed: some delivery failed (it is retried).</summary>
public enum DigestRunStatus { Built, Sending, Sent, Failed }

/// <summary>The digest of one agreement, ISO week and scope: built once, kept, and delivered to each recipient once.</summary>
public sealed class DigestRun
{
    public int Id { get; set; }
    public int AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    /// <summary>ISO 8601 week, "YYYY-Www".</summary>
    public required string Week { get; set; }
    public DigestScope Scope { get; set; }
    /// <summary>The instant the figures were computed for (UTC): the end of the week, or the build time if earlier.</summary>
    public DateTime AsOf { get; set; }
    public DigestRunStatus Status { get; set; } = DigestRunStatus.Built;
    public DateTime CreatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    /// <summary>The key figures of the summary sheet (JSON of <see cref="DigestKeyFigures"/>), for the mail body and the history page.</summary>
    public required string KeyFigures { get; set; }
    /// <summary>The Vietnamese workbook; the English one is built when an English recipient needs it.</summary>
    public byte[]? WorkbookVi { get; set; }
    public byte[]? WorkbookEn { get; set; }
    public List<DigestDelivery> Deliveries { get; } = [];
}
