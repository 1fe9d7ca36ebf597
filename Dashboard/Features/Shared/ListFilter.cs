namespace Dashboard.Features.Shared;

/// <summary>
/// What every record list is filtered and sorted by; each feature's filter adds its own fields. A record, so that a page
/// changes one field with <c>with</c> and the runtime type (the feature's filter) is kept.
/// </summary>
public abstract record ListFilter
{
    public int? AgreementId { get; init; }
    public string? Text { get; init; }
    /// <summary>A column's sort label; null: the list's default order (newest first).</summary>
    public string? SortBy { get; init; }
    public bool Descending { get; init; } = true;
}
