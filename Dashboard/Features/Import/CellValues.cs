using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.Import;

/// <summary>Reads typed values from cells as users fill them: Excel dates or text, local times (Asia/Ho_Chi_Minh) converted to UTC.</summary>
internal static partial class CellValues
{
    private static readonly string[] LocalDateTimeFormats =
    [
        "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss",
    ];

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>What the user sees in the cell; a formula is kept as its text (=…), never evaluated.</summary>
    public static string Raw(SheetCell cell) => cell.Text;

    public static bool IsBlank(SheetCell cell) => string.IsNullOrWhiteSpace(cell.Text);

    public static DateTime? LocalToUtc(SheetCell cell)
    {
        if (cell.IsNumeric)
        {
            return FromSerial(cell.Number) is { } l ? LocalClock.ToUtc(RoundToSecond(l)) : null;
        }
        var text = Raw(cell).Trim();
        if (DateTime.TryParseExact(text, LocalDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            || DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed))
        {
            return LocalClock.ToUtc(parsed);
        }
        // ISO 8601 with an explicit offset (Z or ±hh:mm); without one the machine's zone would silently apply.
        if (ExplicitOffset().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            return RoundToSecond(withOffset.UtcDateTime);
        }
        return null;
    }

    public static DateOnly? Date(SheetCell cell)
    {
        if (cell.IsNumeric)
        {
            return FromSerial(cell.Number) is { } l ? DateOnly.FromDateTime(RoundToSecond(l)) : null;
        }
        var text = Raw(cell).Trim();
        return DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    /// <summary>Whole numbers; text may group thousands with '.', ',' or spaces (1.234.567).</summary>
    public static long? Integer(SheetCell cell)
    {
        if (cell.Kind == CellKind.Number)
        {
            var n = cell.Number;
            return Math.Abs(n) < 9e15 && Math.Floor(n) == n ? (long)n : null;
        }
        var text = Raw(cell).Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        if (GroupedInteger().IsMatch(text))
        {
            text = text.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        }
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>Decimal numbers; text may use ',' as the decimal separator (22,75).</summary>
    public static double? Number(SheetCell cell)
    {
        if (cell.Kind == CellKind.Number)
        {
            return cell.Number;
        }
        var text = Raw(cell).Trim();
        if (!text.Contains('.', StringComparison.Ordinal))
        {
            text = text.Replace(',', '.');
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
    }

    private static DateTime? FromSerial(double serial) =>
        serial is > -657435.0 and < 2958466.0 ? DateTime.FromOADate(serial) : null;

    /// <summary>Excel stores times as fractions of a day; 00:30 may come back as 00:29:59.999.</summary>
    private static DateTime RoundToSecond(DateTime t) =>
        new((t.Ticks + TimeSpan.TicksPerSecond / 2) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, t.Kind);

    [GeneratedRegex(@"T\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitOffset();

    [GeneratedRegex(@"^-?\d{1,3}([.,]\d{3})+$")]
    private static partial Regex GroupedInteger();
}
