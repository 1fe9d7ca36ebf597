namespace Dashboard.Features.Kpis.Totals;

/// <summary>A time that facts are counted at: its table and column, and the facts of <see cref="FigureFactsSql"/> that use it.</summary>
internal sealed record FigureSource(int Index, string Table, string Column, FigureFact[] Facts)
{
    public static readonly FigureSource Received = new(0, "Requests", "ReceivedAt", [FigureFact.Received]);
    public static readonly FigureSource Answered = new(1, "Requests", "AnsweredAt", [FigureFact.Answered, FigureFact.AnsweredByTurnaround]);
    public static readonly FigureSource Performed = new(2, "Verifications", "PerformedAt", [FigureFact.VerifiedByKind, FigureFact.VerifiedByPerson]);

    public static readonly FigureSource Occurred = new(3, "Incidents", "OccurredAt",
        [FigureFact.Occurred, FigureFact.OccurredByKind, FigureFact.OccurredBySeverity, FigureFact.OccurredByArea, FigureFact.ResolvedByPerson]);

    public static IReadOnlyList<FigureSource> All { get; } = [Received, Answered, Performed, Occurred];

    public static FigureSource Of(string column) => All.Single(s => s.Column == column);
}
