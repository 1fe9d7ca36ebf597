using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dashboard.Features.Kpis;

/// <summary>
/// The JSON of SPEC §5.2, the one serializer setup for the API and the verbs. Rounding happens here only:
/// rates 4 decimals, hours 1, points 2, half away from zero (through decimal, so 0.125 is not 0.12499…).
/// </summary>
public static class FiguresJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Vietnamese names and the "+07:00" of asOf stay readable; the API answers application/json, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Kpis kpis) => JsonSerializer.Serialize(ToJson(kpis), Options);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    internal static KpisJson ToJson(Kpis k)
    {
        var (r, v, i) = (k.Requests, k.Verifications, k.Incidents);
        return new KpisJson(
            k.Window.AgreementCode, Day(k.Window.From), Day(k.Window.To), Instant(k.Window.AsOf),
            new RequestsJson(r.Open, r.Overdue, r.DueWithin24h, r.Received, r.Answered, r.AnsweredOnTime,
                Round(r.OnTimeRate, 4), Round(r.TurnaroundHoursMedian, 1), Round(r.TurnaroundHoursP90, 1)),
            new VerificationsJson(v.Total, v.ByKind.ToDictionary(x => x.Key.ToString(), x => x.Value)),
            new IncidentsJson(i.Occurred, i.Resolved, Round(i.ResolutionRate, 4), Round(i.MeanHoursToResolve, 1), i.Open,
                i.OutageMinutes, i.SubscribersAffected, i.DamageVnd,
                i.ByKind.ToDictionary(x => x.Key.ToString(), x => x.Value),
                i.BySeverity.ToDictionary(x => x.Key.ToString(), x => x.Value),
                i.ByArea.ToDictionary(x => x.Key, x => x.Value)),
            [.. k.CommendationCandidates.Select(c => new CandidateJson(
                c.PersonCode, c.FullName, c.Agency.ToString(), (double)Math.Round(c.Score, 2, MidpointRounding.AwayFromZero), c.Breakdown))]);
    }

    private static double? Round(double? value, int decimals) =>
        value is { } x ? (double)Math.Round((decimal)x, decimals, MidpointRounding.AwayFromZero) : null;

    internal sealed record KpisJson(string? Agreement, string From, string To, string AsOf,
        RequestsJson Requests, VerificationsJson Verifications, IncidentsJson Incidents, IReadOnlyList<CandidateJson> CommendationCandidates);

    internal sealed record RequestsJson(int Open, int Overdue, int DueWithin24h, int Received, int Answered, int AnsweredOnTime,
        double? OnTimeRate, double? TurnaroundHoursMedian, double? TurnaroundHoursP90);

    internal sealed record VerificationsJson(long Total, Dictionary<string, long> ByKind);

    internal sealed record IncidentsJson(int Occurred, int Resolved, double? ResolutionRate, double? MeanHoursToResolve, int Open,
        long OutageMinutes, long SubscribersAffected, long DamageVnd,
        Dictionary<string, int> ByKind, Dictionary<string, int> BySeverity, Dictionary<string, int> ByArea);

    internal sealed record CandidateJson(string PersonCode, string FullName, string Agency, double Score, CommendationBreakdown Breakdown);
}
