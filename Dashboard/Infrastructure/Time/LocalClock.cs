namespace Dashboard.Infrastructure.Time;

/// <summary>The one place that knows the product's zone (Asia/Ho_Chi_Minh): stored times are UTC, shown and bucketed locally.</summary>
public sealed class LocalClock(TimeProvider time)
{
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    /// <summary>Vietnam has kept UTC+7 without daylight saving since 1975, so SQL can bucket with a fixed offset.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public TimeProvider Time { get; } = time;

    public DateTime UtcNow => Time.GetUtcNow().UtcDateTime;

    public DateTimeOffset LocalNow => ToLocal(UtcNow);

    public DateOnly Today => DateOnly.FromDateTime(LocalNow.DateTime);

    /// <summary>Times read back from SQLite carry no kind; they are UTC.</summary>
    public static DateTimeOffset ToLocal(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset);

    public static DateTime ToUtc(DateTime local) =>
        DateTime.SpecifyKind(DateTime.SpecifyKind(local, DateTimeKind.Unspecified) - Offset, DateTimeKind.Utc);

    public static DateTime StartOfDayUtc(DateOnly localDay) => ToUtc(localDay.ToDateTime(TimeOnly.MinValue));

    /// <summary>The local day of a stored UTC time.</summary>
    public static DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc).DateTime);

    /// <summary>The Monday starting the ISO 8601 week (Monday to Sunday) that <paramref name="day"/> is in.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
