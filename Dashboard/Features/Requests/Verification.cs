using Dashboard.Features.People;

namespace Dashboard.Features.Requests;

public enum VerificationKind { SubscriberIdentity, CallRecords, CellLocation, SimRegistration, InternetAccount, Other }

/// <summary>A batch of checks (lượt xác minh) for one request. Counts only: no subscriber identifier is stored.</summary>
public sealed class Verification
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public InformationRequest? Request { get; set; }
    /// <summary>Copy of the request's agreement so the figures are served by one index.</summary>
    public int AgreementId { get; set; }
    public VerificationKind Kind { get; set; }
    public int Count { get; set; } = 1;
    public int? PerformedById { get; set; }
    public Person? PerformedBy { get; set; }
    public DateTime PerformedAt { get; set; }
}
