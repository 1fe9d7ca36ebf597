namespace Dashboard.Features.Digests;

/// <summary>Leadership: figures, heat map and candidates only. Coordinator: also the lists with reference numbers and subjects.</summary>
public enum DigestScope { Leadership, Coordinator }

public sealed class DigestRecipient
{
    public int Id { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    /// <summary>"vi" or "en".</summary>
    public string Language { get; set; } = "vi";
    public DigestScope Scope { get; set; } = DigestScope.Leadership;
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
}
