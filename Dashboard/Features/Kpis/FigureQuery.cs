using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.Kpis;

/// <summary>
/// What the figures of SPEC §3 are asked for: an agreement code (null = all agreements), a window [From, To) of local
/// dates and an instant AsOf. A null member takes its default (see <see cref="FigureWindow"/>).
/// </summary>
public sealed record FigureQuery(string? Agreement = null, DateOnly? From = null, DateOnly? To = null, DateTimeOffset? AsOf = null);

/// <summary>
/// A <see cref="FigureQuery"/> with its defaults applied and checked: the inputs the figures were computed for.
/// AgreementIds are the agreements covered (the one, or every one): filtering on them lets the (AgreementId, time) indexes
/// seek even for all agreements.
/// </summary>
public sealed record FigureWindow(int? AgreementId, string? AgreementCode, DateOnly From, DateOnly To, DateTimeOffset AsOf, IReadOnlyList<int> AgreementIds) : IDayWindow
{
    /// <summary>Local midnight starting <see cref="From"/>, in UTC (inclusive).</summary>
    public DateTime FromUtc => LocalClock.StartOfDayUtc(From);

    /// <summary>Local midnight starting <see cref="To"/>, in UTC (exclusive).</summary>
    public DateTime ToUtc => LocalClock.StartOfDayUtc(To);

    /// <summary>Only records with an event at or before this instant count.</summary>
    public DateTime AsOfUtc => AsOf.UtcDateTime;
}

/// <summary>Inputs that cannot be computed (bad date, from ≥ to, unknown agreement or shape); the message is for the user.</summary>
public sealed class FigureQueryException(string message) : Exception(message);
