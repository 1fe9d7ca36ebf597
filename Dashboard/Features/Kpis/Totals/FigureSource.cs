namespace Dashboard.Features.Kpis.Totals;

/// <summary>A time that facts are counted at: its table and column, and the facts of <see cref="FigureFactsSql"/> that use it.</summary>
internal sealed record FigureSource(string Table, string Column, FigureFact[] Facts)
{
    public static readonly FigureSource Received = new("Requests", "ReceivedAt", [FigureFact.Received]);
    public static readonly FigureSource Answered = new("Requests", "AnsweredAt", [FigureFact.Answered, FigureFact.AnsweredByTurnaround]);
    public static readonly FigureSource Performed = new("Verifications", "PerformedAt", [FigureFact.VerifiedByKind, FigureFact.VerifiedByPerson]);

    public static readonly FigureSource Occurred = new("Incidents", "OccurredAt",
        [FigureFact.Occurred, FigureFact.OccurredByKind, FigureFact.OccurredBySeverity, FigureFact.OccurredByArea, FigureFact.ResolvedByPerson]);

    public static IReadOnlyList<FigureSource> All { get; } = [Received, Answered, Performed, Occurred];
}
