namespace Dashboard.Features.Settings;

/// <summary>An admin-editable setting (e.g. commendation weights), stored as invariant text.</summary>
public sealed class Setting
{
    public required string Key { get; set; }
    public required string Value { get; set; }
    public int Version { get; set; }
}
