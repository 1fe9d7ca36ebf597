namespace Dashboard.Features.People;

public enum Agency { Telecom, Police }

/// <summary>A department of one agency, e.g. PA05 or a district telecom centre.</summary>
public sealed class Unit
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public Agency Agency { get; set; }
    public int Version { get; set; }
}
