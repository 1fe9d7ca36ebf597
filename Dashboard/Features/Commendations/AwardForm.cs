namespace Dashboard.Features.Commendations;

/// <summary>What the "record award" dialog collects. Levels are the two the agreement's review speaks of.</summary>
public sealed class AwardForm
{
    public static readonly IReadOnlyList<string> Levels = ["Giấy khen", "Bằng khen"];

    public int PersonId { get; set; }
    /// <summary>The agreement of the candidates' window; null (all agreements): the one in force on the award day.</summary>
    public string? Agreement { get; set; }
    public string Level { get; set; } = Levels[0];
    public string? AwardingBody { get; set; }
    public DateTime? AwardedOn { get; set; }
    public string? Reason { get; set; }
}
