using Dashboard.Features.Kpis.Totals;
using Dashboard.Infrastructure.Data;

namespace Dashboard.Features.Kpis;

/// <summary>
/// The commendation candidates of SPEC §3 are part of the figures but scored by Commendations (weights, awards): the
/// figures hand it what they read, in their one snapshot, so the candidates agree with the figures beside them and
/// Kpis depends on no feature that uses it.
/// </summary>
public interface ICandidateRanking
{
    /// <summary>The candidates in rank order for the window of <paramref name="reading"/>.</summary>
    Task<IReadOnlyList<CommendationCandidate>> RankAsync(FigureReading reading, CancellationToken ct);
}

/// <summary>What one figures read holds for the candidates: its context (inside the snapshot), window, facts and overdue requests per assignee.</summary>
public sealed class FigureReading
{
    internal FigureReading(DashboardDbContext db, FigureWindow window, FigureFacts facts, IReadOnlyDictionary<int, int> overdueByAssignee)
    {
        Db = db;
        Window = window;
        Facts = facts;
        OverdueByAssignee = overdueByAssignee;
    }

    internal DashboardDbContext Db { get; }

    public FigureWindow Window { get; }

    internal FigureFacts Facts { get; }

    /// <summary>Open requests past due at AsOf per assignee (0: unassigned); they count against the assignee.</summary>
    internal IReadOnlyDictionary<int, int> OverdueByAssignee { get; }
}
