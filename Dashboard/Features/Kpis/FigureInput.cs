using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.Kpis;

/// <summary>The inputs of the figures as text, the same for GET /api/kpis, /api/heatmap and the verbs.</summary>
public sealed record FigureArgs(string? Agreement = null, string? From = null, string? To = null, string? AsOf = null, string? Shape = null);

/// <summary>
/// The one parser of figure inputs: dates yyyy-MM-dd or dd/MM/yyyy; asOf ISO 8601, with an offset or, without one,
/// local time (+07:00); a space for the offset's "+" is read as "+" (an unencoded "+" in a query string); heat-map shapes are the heat maps' own. Throws <see cref="FigureQueryException"/> with a Vietnamese message.
/// </summary>
public static partial class FigureInput
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    private static readonly string[] LocalTimeFormats =
        ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    public static FigureQuery Parse(FigureArgs args) =>
        new(Blank(args.Agreement) ? null : args.Agreement!.Trim(), Date(args.From), Date(args.To), Instant(args.AsOf));

    public static DateOnly? Date(string? text)
    {
        if (Blank(text))
        {
            return null;
        }
        return DateOnly.TryParseExact(text!.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new FigureQueryException(FigureMessages.Format("BadDate", text));
    }

    public static DateTimeOffset? Instant(string? text)
    {
        if (Blank(text))
        {
            return null;
        }
        var match = IsoInstant().Match(text!.Trim());
        if (!match.Success
            || !DateTime.TryParseExact(match.Groups["time"].Value, LocalTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            throw new FigureQueryException(FigureMessages.Format("BadInstant", text));
        }
        var offset = match.Groups["offset"].Value switch
        {
            "" => LocalClock.Offset,
            "Z" or "z" => TimeSpan.Zero,
            var o => TimeSpan.FromMinutes((o[0] == '-' ? -1 : 1) * (int.Parse(o[1..3], CultureInfo.InvariantCulture) * 60 + int.Parse(o[^2..], CultureInfo.InvariantCulture))),
        };
        if (offset.Duration() > TimeSpan.FromHours(14))
        {
            throw new FigureQueryException(FigureMessages.Format("BadInstant", text));
        }
        return new DateTimeOffset(time, offset);
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    [GeneratedRegex(@"^(?<time>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?)?)(?<offset>Z|z|[+-]\d{2}:?\d{2}| \d{2}:\d{2})?$")]
    private static partial Regex IsoInstant();
}
