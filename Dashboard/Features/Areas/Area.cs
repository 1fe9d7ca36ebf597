namespace Dashboard.Features.Areas;

public enum AreaLevel { Province, District, Commune }

/// <summary>Administrative area. Areas are retired (ValidTo), never deleted, so history keeps the area it was recorded with.</summary>
public sealed class Area
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public AreaLevel Level { get; set; }
    public int? ParentId { get; set; }
    public Area? Parent { get; set; }
    public DateOnly? ValidFrom { get; set; }
    /// <summary>Last day the area existed (inclusive); null while it still exists.</summary>
    public DateOnly? ValidTo { get; set; }
    public int Version { get; set; }
}
