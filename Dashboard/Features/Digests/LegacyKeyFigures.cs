using System.Text.Json;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis;
using Dashboard.Features.Requests;
using Figures = Dashboard.Features.Kpis.Kpis;

namespace Dashboard.Features.Digests;

/// <summary>
/// Runs stored before a digest kept the figures' own records hold each week's figures flat (RequestsOpen, …): read as the
/// same figures, so a retried delivery still mails them and the history page still shows them. Only the summary's
/// values were ever kept; the window, the breakdowns by kind and the candidates are empty.
/// </summary>
internal static class LegacyKeyFigures
{
    private sealed record Stored(Flat ThisWeek, Flat PreviousWeek, Flat ToDate);

    private sealed record Flat(
        int RequestsOpen, int RequestsOverdue, int RequestsDueWithin24h, int RequestsReceived, int RequestsAnswered, int RequestsAnsweredOnTime,
        double? OnTimeRate, double? TurnaroundHoursMedian, double? TurnaroundHoursP90, long Verifications,
        int IncidentsOccurred, int IncidentsResolved, double? ResolutionRate, double? MeanHoursToResolve, int IncidentsOpen,
        long OutageMinutes, long SubscribersAffected, long DamageVnd)
    {
        public Figures ToFigures() => new(
            new FigureWindow(null, null, default, default, default, []),
            new RequestFigures(RequestsOpen, RequestsOverdue, RequestsDueWithin24h, RequestsReceived, RequestsAnswered, RequestsAnsweredOnTime,
                OnTimeRate, TurnaroundHoursMedian, TurnaroundHoursP90),
            new VerificationFigures(Verifications, new Dictionary<VerificationKind, long>()),
            new IncidentFigures(IncidentsOccurred, IncidentsResolved, ResolutionRate, MeanHoursToResolve, IncidentsOpen,
                OutageMinutes, SubscribersAffected, DamageVnd,
                new Dictionary<IncidentKind, int>(), new Dictionary<IncidentSeverity, int>(), new Dictionary<string, int>()),
            []);
    }

    public static DigestKeyFigures Parse(JsonElement stored) => stored.Deserialize<Stored>() is { } s
        ? new DigestKeyFigures(s.ThisWeek.ToFigures(), s.PreviousWeek.ToFigures(), s.ToDate.ToFigures())
        : throw new InvalidDataException("A digest run without key figures.");
}
