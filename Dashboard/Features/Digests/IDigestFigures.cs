using Dashboard.Features.Heatmaps;
using Dashboard.Features.Incidents;
using Dashboard.Features.Requests;

namespace Dashboard.Features.Digests;

/// <summary>The figures a digest needs, asked of the figures engine (SPEC §3); the digest computes none itself.</summary>
public interface IDigestFigures
{
    /// <summary>
    /// The figures of one agreement for the window [from, to) at <paramref name="asOf"/>; a null from is the agreement's first day.
    /// The figures' own record: values are raw, rounding is the workbook's and the mail's.
    /// </summary>
    Task<Kpis.Kpis> FiguresAsync(string agreementCode, DateOnly? from, DateOnly to, DateTimeOffset asOf, CancellationToken ct);

    /// <summary>Incidents per area and ISO week over [from, to): rows are area codes, columns ISO weeks ("YYYY-Www").</summary>
    Task<Heatmap> AreaByWeekAsync(string agreementCode, DateOnly from, DateOnly to, DateTimeOffset asOf, CancellationToken ct);

    /// <summary>The requests counted as open at <paramref name="asOf"/>, most overdue first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<DigestRequestRow>> OpenRequestsAsync(string agreementCode, DateTimeOffset asOf, int limit, CancellationToken ct);

    /// <summary>The incidents counted as occurred in [from, to) at <paramref name="asOf"/>, by time, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<DigestIncidentRow>> IncidentsAsync(string agreementCode, DateOnly from, DateOnly to, DateTimeOffset asOf, int limit, CancellationToken ct);

    /// <summary>Area names by code, for labelling the heat map.</summary>
    Task<IReadOnlyDictionary<string, string>> AreaNamesAsync(IEnumerable<string> codes, CancellationToken ct);
}

/// <summary>An open request; times are UTC. Overdue when DueAt is before the digest's AsOf.</summary>
public sealed record DigestRequestRow(
    string ReferenceNo,
    string Subject,
    RequestPriority Priority,
    string RequestingUnit,
    string? AssignedTo,
    DateTime ReceivedAt,
    DateTime DueAt);

/// <summary>An incident of the week; times are UTC; the status is today's.</summary>
public sealed record DigestIncidentRow(
    string Code,
    DateTime OccurredAt,
    string AreaCode,
    string AreaName,
    IncidentKind Kind,
    IncidentSeverity Severity,
    IncidentStatus Status,
    int OutageMinutes,
    int SubscribersAffected,
    long DamageVnd,
    string? CaseRef,
    string? Summary);
