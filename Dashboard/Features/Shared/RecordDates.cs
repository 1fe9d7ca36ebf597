using System.Globalization;

namespace Dashboard.Features.Shared;

/// <summary>
/// The date conversions every list and edit page made for itself: MudDatePicker speaks DateTime, filters speak local
/// days, query strings speak ISO days, and a new record starts at the current local minute.
/// </summary>
public static class RecordDates
{
    private const string QueryFormat = "yyyy-MM-dd";

    /// <summary>A local time without seconds, as the minute-precision pickers show it (Kind Unspecified: it is local).</summary>
    public static DateTime TrimToMinute(DateTime t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Unspecified);

    /// <summary>A filter's day as the date picker's value.</summary>
    public static DateTime? ToDate(DateOnly? d) => d?.ToDateTime(TimeOnly.MinValue);

    /// <summary>The date picker's value as a filter's day.</summary>
    public static DateOnly? FromDate(DateTime? d) => d is { } v ? DateOnly.FromDateTime(v) : null;

    /// <summary>A day as a query-string value (ISO, culture-free).</summary>
    public static string? Query(DateOnly? d) => d?.ToString(QueryFormat, CultureInfo.InvariantCulture);

    /// <summary>A query-string day; anything else is no filter.</summary>
    public static DateOnly? Date(string? s) => DateOnly.TryParseExact(s, QueryFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
