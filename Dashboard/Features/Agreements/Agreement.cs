namespace Dashboard.Features.Agreements;

/// <summary>A coordination regulation (Quy chế phối hợp) between the telecom operator and the police of one province.</summary>
public sealed class Agreement
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Title { get; set; }
    public DateOnly? SignedOn { get; set; }
    public DateOnly StartsOn { get; set; }
    /// <summary>Inclusive last day.</summary>
    public DateOnly EndsOn { get; set; }
    public int? PredecessorId { get; set; }
    public Agreement? Predecessor { get; set; }
    public int Version { get; set; }

    public bool IsInForceOn(DateOnly day) => StartsOn <= day && day <= EndsOn;
}
