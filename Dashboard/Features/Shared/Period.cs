using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.Shared;

public enum PeriodKind { Week, Month, Quarter, Year, AgreementToDate, Custom }

/// <summary>The period pickers of the overview, as local-day windows [From, To) ending today (so far), or the agreement's defaults.</summary>
public static class Period
{
    /// <summary>Null From/To mean the defaults of SPEC §3 (agreement to date).</summary>
    public static (DateOnly? From, DateOnly? To) Resolve(PeriodKind kind, DateOnly today, DateOnly? customFrom, DateOnly? customTo)
    {
        var tomorrow = today.AddDays(1);
        return kind switch
        {
            PeriodKind.Week => (LocalClock.MondayOf(today), tomorrow),
            PeriodKind.Month => (new DateOnly(today.Year, today.Month, 1), tomorrow),
            PeriodKind.Quarter => (new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1), tomorrow),
            PeriodKind.Year => (new DateOnly(today.Year, 1, 1), tomorrow),
            PeriodKind.Custom => (customFrom, customTo),
            _ => (null, null),
        };
    }

    /// <summary>The period of the same length just before [from, to).</summary>
    public static (DateOnly From, DateOnly To) Previous(DateOnly from, DateOnly to) => (from.AddDays(-(to.DayNumber - from.DayNumber)), from);
}
