using Figures = Dashboard.Features.Kpis.Kpis;

namespace Dashboard.Features.Digests;

public enum MetricKind { Count, Rate, Hours, Money }

/// <summary>A line of the summary: its label key, how to read it from the figures, and whether it is a state at AsOf (not windowed).</summary>
public sealed record DigestMetric(string Key, Func<Figures, double?> Read, MetricKind Kind, bool IsState = false);

/// <summary>The summary lines, in order: the one list behind the summary sheet, the mail body and the preview on /digests.</summary>
public static class DigestMetrics
{
    public static IReadOnlyList<DigestMetric> All { get; } =
    [
        new("Digest_M_RequestsOpen", f => f.Requests.Open, MetricKind.Count, IsState: true),
        new("Digest_M_RequestsOverdue", f => f.Requests.Overdue, MetricKind.Count, IsState: true),
        new("Digest_M_RequestsDueWithin24h", f => f.Requests.DueWithin24h, MetricKind.Count, IsState: true),
        new("Digest_M_RequestsReceived", f => f.Requests.Received, MetricKind.Count),
        new("Digest_M_RequestsAnswered", f => f.Requests.Answered, MetricKind.Count),
        new("Digest_M_RequestsAnsweredOnTime", f => f.Requests.AnsweredOnTime, MetricKind.Count),
        new("Digest_M_OnTimeRate", f => f.Requests.OnTimeRate, MetricKind.Rate),
        new("Digest_M_TurnaroundMedian", f => f.Requests.TurnaroundHoursMedian, MetricKind.Hours),
        new("Digest_M_TurnaroundP90", f => f.Requests.TurnaroundHoursP90, MetricKind.Hours),
        new("Digest_M_Verifications", f => f.Verifications.Total, MetricKind.Count),
        new("Digest_M_IncidentsOccurred", f => f.Incidents.Occurred, MetricKind.Count),
        new("Digest_M_IncidentsResolved", f => f.Incidents.Resolved, MetricKind.Count),
        new("Digest_M_ResolutionRate", f => f.Incidents.ResolutionRate, MetricKind.Rate),
        new("Digest_M_MeanHoursToResolve", f => f.Incidents.MeanHoursToResolve, MetricKind.Hours),
        new("Digest_M_IncidentsOpen", f => f.Incidents.Open, MetricKind.Count, IsState: true),
        new("Digest_M_OutageMinutes", f => f.Incidents.OutageMinutes, MetricKind.Count),
        new("Digest_M_SubscribersAffected", f => f.Incidents.SubscribersAffected, MetricKind.Count),
        new("Digest_M_DamageVnd", f => f.Incidents.DamageVnd, MetricKind.Money),
    ];

    /// <summary>The lines quoted in the mail body.</summary>
    public static IReadOnlyList<DigestMetric> Key { get; } =
        [.. All.Where(m => m.Key is "Digest_M_RequestsOpen" or "Digest_M_RequestsOverdue" or "Digest_M_RequestsReceived"
            or "Digest_M_RequestsAnswered" or "Digest_M_OnTimeRate" or "Digest_M_Verifications" or "Digest_M_IncidentsOccurred"
            or "Digest_M_IncidentsResolved" or "Digest_M_IncidentsOpen")];

    /// <summary>Rounding of SPEC §3, in output only: rates to 4 decimals, hours to 1 decimal.</summary>
    public static double? Rounded(DigestMetric metric, double? value) => value is not { } v ? null : metric.Kind switch
    {
        MetricKind.Rate => Math.Round(v, 4, MidpointRounding.AwayFromZero),
        MetricKind.Hours => Math.Round(v, 1, MidpointRounding.AwayFromZero),
        _ => v,
    };

    /// <summary>This week minus the previous week; null when either is unknown.</summary>
    public static double? Change(DigestMetric metric, Figures week, Figures previous) =>
        Rounded(metric, metric.Read(week)) is { } a && Rounded(metric, metric.Read(previous)) is { } b
            ? Math.Round(a - b, metric.Kind == MetricKind.Rate ? 4 : 1, MidpointRounding.AwayFromZero)
            : null;
}
