using System.Runtime.CompilerServices;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis.Totals;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Dashboard.Features.Heatmaps.Rollups;

/// <summary>The months and weeks of one agreement whose heat-map roll-ups a save alters (inclusive ranges).</summary>
internal readonly record struct HeatmapTouch(int FirstMonth, int LastMonth, DateOnly FirstWeek, DateOnly LastWeek)
{
    public static HeatmapTouch At(DateTime utc)
    {
        var day = LocalClock.LocalDay(utc);
        var (month, week) = (LocalMonths.Of(day), LocalClock.MondayOf(day));
        return new HeatmapTouch(month, month, week, week);
    }

    public HeatmapTouch With(HeatmapTouch other) => new(
        Math.Min(FirstMonth, other.FirstMonth), Math.Max(LastMonth, other.LastMonth),
        FirstWeek < other.FirstWeek ? FirstWeek : other.FirstWeek, LastWeek > other.LastWeek ? LastWeek : other.LastWeek);
}

/// <summary>
/// Keeps <see cref="HeatmapTotal"/> and <see cref="HeatmapWeekTotal"/> equal to what <see cref="RebuildSql"/> makes of the
/// incidents: every save through the context recomputes the months (and their years) and weeks it touched, the bulk loads
/// and the migration that made the tables rebuild them all. Plain SQL that SQLite and PostgreSQL both run: quoted names,
/// INSERT … SELECT … GROUP BY on the stored local columns of the incidents (OccurredMonth, OccurredWeek,
/// OccurredHourOfWeek), parameters made by EF.
/// </summary>
internal static class HeatmapTotalWriter
{
    private const string Columns = "\"AgreementId\", \"Fact\", \"Span\", \"Period\", \"AreaId\", \"Kind\", \"HourOfWeek\", \"Count\"";
    private const int Month = (int)FigureSpan.Month;
    private const int Year = (int)FigureSpan.Year;

    /// <summary>What moves an incident between cells; a change of anything else (status, severity, sums) leaves the roll-ups alone.</summary>
    private static readonly string[] Keys = [nameof(Incident.AgreementId), nameof(Incident.OccurredAt), nameof(Incident.AreaId), nameof(Incident.Kind)];

    /// <summary>Every roll-up from every incident: after a bulk load, and what a migration fills an existing file with.</summary>
    public static readonly string RebuildSql = $"""
        DELETE FROM "HeatmapTotals";
        {MonthsSql("1 = 1")}
        {YearsSql("1 = 1")}
        DELETE FROM "HeatmapWeeks";
        {WeeksSql("1 = 1")}
        """;

    /// <summary>
    /// One agreement ({0}): months {1}…{2} and the years {3}…{4} they are in, from the incidents in [{5}, {6}); weeks
    /// {7}…{8}, from the incidents in [{9}, {10}). DELETE, then INSERT anew from the rows.
    /// </summary>
    private static readonly string RefreshSql = $"""
        DELETE FROM "HeatmapTotals" WHERE "AgreementId" = {"{0}"}
            AND (("Span" = {Month} AND "Period" BETWEEN {"{1}"} AND {"{2}"}) OR ("Span" = {Year} AND "Period" BETWEEN {"{3}"} AND {"{4}"}));
        {MonthsSql("\"AgreementId\" = {0} AND \"OccurredAt\" >= {5} AND \"OccurredAt\" < {6}")}
        {YearsSql("\"AgreementId\" = {0} AND \"Period\" >= {3} AND \"Period\" < {4} + 12")}
        DELETE FROM "HeatmapWeeks" WHERE "AgreementId" = {"{0}"} AND "Week" BETWEEN {"{7}"} AND {"{8}"};
        {WeeksSql("\"AgreementId\" = {0} AND \"OccurredAt\" >= {9} AND \"OccurredAt\" < {10}")}
        """;

    private static string MonthsSql(string incidents) => $"""
        INSERT INTO "HeatmapTotals" ({Columns})
            SELECT "AgreementId", {(int)HeatmapFact.Area}, {Month}, "OccurredMonth", "AreaId", '', 0, COUNT(*) FROM "Incidents"
            WHERE {incidents} GROUP BY "AgreementId", "OccurredMonth", "AreaId";
        INSERT INTO "HeatmapTotals" ({Columns})
            SELECT "AgreementId", {(int)HeatmapFact.AreaKind}, {Month}, "OccurredMonth", "AreaId", "Kind", 0, COUNT(*) FROM "Incidents"
            WHERE {incidents} GROUP BY "AgreementId", "OccurredMonth", "AreaId", "Kind";
        INSERT INTO "HeatmapTotals" ({Columns})
            SELECT "AgreementId", {(int)HeatmapFact.HourOfWeek}, {Month}, "OccurredMonth", 0, '', "OccurredHourOfWeek", COUNT(*) FROM "Incidents"
            WHERE {incidents} GROUP BY "AgreementId", "OccurredMonth", "OccurredHourOfWeek";
        """;

    private static string YearsSql(string months) => $"""
        INSERT INTO "HeatmapTotals" ({Columns})
            SELECT "AgreementId", "Fact", {Year}, "Period" / 12 * 12, "AreaId", "Kind", "HourOfWeek", SUM("Count") FROM "HeatmapTotals"
            WHERE "Span" = {Month} AND {months}
            GROUP BY "AgreementId", "Fact", "Period" / 12 * 12, "AreaId", "Kind", "HourOfWeek";
        """;

    private static string WeeksSql(string incidents) => $"""
        INSERT INTO "HeatmapWeeks" ("AgreementId", "Week", "AreaId", "Count")
            SELECT "AgreementId", "OccurredWeek", "AreaId", COUNT(*) FROM "Incidents"
            WHERE {incidents} GROUP BY "AgreementId", "OccurredWeek", "AreaId";
        """;

    /// <summary>Per agreement, the months and weeks the tracked incident changes alter: old and new times, old and new agreements.</summary>
    public static Dictionary<int, HeatmapTouch> Touched(ChangeTracker tracker)
    {
        var touched = new Dictionary<int, HeatmapTouch>();
        void Touch(object? agreement, object? time)
        {
            if (agreement is int id && time is DateTime utc)
            {
                var at = HeatmapTouch.At(utc);
                touched[id] = touched.TryGetValue(id, out var t) ? t.With(at) : at;
            }
        }
        foreach (var entry in tracker.Entries<Incident>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || (entry.State == EntityState.Modified && !Keys.Any(k => entry.Property(k).IsModified)))
            {
                continue;
            }
            var (agreement, occurred) = (entry.Property(i => i.AgreementId), entry.Property(i => i.OccurredAt));
            if (entry.State != EntityState.Added)
            {
                Touch(agreement.OriginalValue, occurred.OriginalValue);
            }
            if (entry.State != EntityState.Deleted)
            {
                Touch(agreement.CurrentValue, occurred.CurrentValue);
            }
        }
        return touched;
    }

    /// <summary>Recomputes the touched months, their years and the touched weeks, inside the caller's transaction.</summary>
    public static async Task RefreshAsync(DatabaseFacade database, Dictionary<int, HeatmapTouch> touched, CancellationToken ct)
    {
        foreach (var (agreement, t) in touched)
        {
            await database.ExecuteSqlAsync(FormattableStringFactory.Create(RefreshSql,
                agreement,
                t.FirstMonth, t.LastMonth, LocalMonths.YearOf(t.FirstMonth), LocalMonths.YearOf(t.LastMonth),
                LocalMonths.StartUtc(t.FirstMonth), LocalMonths.StartUtc(t.LastMonth + 1),
                t.FirstWeek, t.LastWeek,
                LocalClock.StartOfDayUtc(t.FirstWeek), LocalClock.StartOfDayUtc(t.LastWeek.AddDays(7))), ct);
        }
    }
}
