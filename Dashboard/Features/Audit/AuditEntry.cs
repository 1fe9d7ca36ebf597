namespace Dashboard.Features.Audit;

/// <summary>Who changed (or viewed) what, when. Changes is a JSON object of field → [old, new].</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    /// <summary>Added, Modified, Deleted, Viewed.</summary>
    public required string Action { get; set; }
    public required string Entity { get; set; }
    public required string EntityKey { get; set; }
    public string? Changes { get; set; }
}
