namespace Dashboard.Features.People;

/// <summary>An officer or employee of a unit; the agency of a person is the agency of their unit.</summary>
public sealed class Person
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string FullName { get; set; }
    public string? Title { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
}
