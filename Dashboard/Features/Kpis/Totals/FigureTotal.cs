using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.Kpis.Totals;

/// <summary>How long the period of a <see cref="FigureTotal"/> is.</summary>
public enum FigureSpan { Month = 0, Year = 1 }

/// <summary>What a <see cref="FigureTotal"/> adds up; the sets are those of SPEC §3 without the AsOf cut.</summary>
public enum FigureFact
{
    /// <summary>Requests received in the period: Count.</summary>
    Received = 1,

    /// <summary>Requests answered in the period, per assignee (KeyId, 0 for none): Count, OnTime.</summary>
    Answered = 2,

    /// <summary>Verifications performed in the period, per kind (KeyName): Count is the sum of their Count.</summary>
    VerifiedByKind = 3,

    /// <summary>The same per person who performed them (KeyId).</summary>
    VerifiedByPerson = 4,

    /// <summary>Incidents that occurred in the period: Count, the sums, and of them those resolved (Resolved, ResolveMilliseconds).</summary>
    Occurred = 5,

    /// <summary>The same incidents per kind (KeyName): Count.</summary>
    OccurredByKind = 6,

    /// <summary>The same incidents per severity (KeyName): Count.</summary>
    OccurredBySeverity = 7,

    /// <summary>The same incidents per area (KeyId): Count.</summary>
    OccurredByArea = 8,

    /// <summary>Of them, the resolved ones per lead officer, and per telecom contact who was not also the lead (KeyId): Resolved, Critical.</summary>
    ResolvedByPerson = 9,

    /// <summary>Requests answered in the period per band of turnaround (KeyId, see <see cref="TurnaroundBands"/>): Count.</summary>
    AnsweredByTurnaround = 10,
}

/// <summary>
/// What the rows of one agreement add up to in one local month or year, so that the figures of a long window add a few
/// hundred of these instead of reading a million rows. "Resolved" here means resolved at any time; the figures take the
/// ones resolved after AsOf off again. Written only by <see cref="FigureTotalWriter"/>, in the transaction that changes the rows.
/// </summary>
public sealed class FigureTotal
{
    public int AgreementId { get; set; }
    public FigureSpan Span { get; set; }

    /// <summary>The period's first month, counted as local year × 12 + month − 1 (see <see cref="LocalMonths"/>).</summary>
    public int Period { get; set; }

    public FigureFact Fact { get; set; }
    public int KeyId { get; set; }
    public string KeyName { get; set; } = "";
    public long Count { get; set; }
    public long OnTime { get; set; }
    public long Resolved { get; set; }
    public long Critical { get; set; }
    public long ResolveMilliseconds { get; set; }
    public long OutageMinutes { get; set; }
    public long SubscribersAffected { get; set; }
    public long DamageVnd { get; set; }
}
