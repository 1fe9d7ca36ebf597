namespace Dashboard.Features.Digests;

public enum MetricKind { Count, Rate, Hours, Money }

/// <summary>A line of the summary: its label key, how to read it from the figures, and whether it is a state at AsOf (not windowed).</summary>
public sealed record DigestMetric(string Key, Func<DigestFigures, double?> Read, MetricKind Kind, bool IsState = false);

/// <summary>The summary lines, in order: the one list behind the summary sheet, the mail body and the preview on /digests.</summary>
public static class DigestMetrics
{
    public static IReadOnlyList<DigestMetric> All { get; } =
    [
        new("Digest_M_RequestsOpen", f => f.RequestsOpen, MetricKind.Count, IsState: true),
        new("Digest_M_RequestsOverdue", f => f.RequestsOverdue, MetricKind.Count, IsState: true),
        new("Digest_M_RequestsDueWithin24h", f => f.RequestsDueWithin24h, MetricKind.Count, IsState: true),
        new("Digest_M_RequestsReceived", f => f.RequestsReceived, MetricKind.Count),
        new("Digest_M_RequestsAnswered", f => f.RequestsAnswered, MetricKind.Count),
        new("Digest_M_RequestsAnsweredOnTime", f => f.RequestsAnsweredOnTime, MetricKind.Count),
        new("Digest_M_OnTimeRate", f => f.OnTimeRate, MetricKind.Rate),
        new("Digest_M_TurnaroundMedian", f => f.TurnaroundHoursMedian, MetricKind.Hours),
        new("Digest_M_TurnaroundP90", f => f.TurnaroundHoursP90, MetricKind.Hours),
        new("Digest_M_Verifications", f => f.Verifications, MetricKind.Count),
        new("Digest_M_IncidentsOccurred", f => f.IncidentsOccurred, MetricKind.Count),
        new("Digest_M_IncidentsResolved", f => f.IncidentsResolved, MetricKind.Count),
        new("Digest_M_ResolutionRate", f => f.ResolutionRate, MetricKind.Rate),
        new("Digest_M_MeanHoursToResolve", f => f.MeanHoursToResolve, MetricKind.Hours),
        new("Digest_M_IncidentsOpen", f => f.IncidentsOpen, MetricKind.Count, IsState: true),
        new("Digest_M_OutageMinutes", f => f.OutageMinutes, MetricKind.Count),
        new("Digest_M_SubscribersAffected", f => f.SubscribersAffected, MetricKind.Count),
        new("Digest_M_DamageVnd", f => f.DamageVnd, MetricKind.Money),
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
    public static double? Change(DigestMetric metric, DigestFigures week, DigestFigures previous) =>
        Rounded(metric, metric.Read(week)) is { } a && Rounded(metric, metric.Read(previous)) is { } b
            ? Math.Round(a - b, metric.Kind == MetricKind.Rate ? 4 : 1, MidpointRounding.AwayFromZero)
            : null;
}
