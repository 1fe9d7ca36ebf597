using Dashboard.Features.Agreements;
using Dashboard.Features.People;

namespace Dashboard.Features.Commendations;

/// <summary>A certificate of merit (Giấy khen, Bằng khen) awarded to a person under an agreement.</summary>
public sealed class Commendation
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public int AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    public DateOnly AwardedOn { get; set; }
    public required string Level { get; set; }
    public string? AwardingBody { get; set; }
    public string? Reason { get; set; }
    public int Version { get; set; }
}
