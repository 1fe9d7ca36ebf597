using Dashboard.Features.Incidents;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Data.Dialects;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Dashboard.Features.Kpis.Totals;

/// <summary>
/// Keeps the <see cref="FigureTotal"/> rows equal to what <see cref="FigureFactsSql"/> makes of the rows: every save through
/// the context recomputes the months it touched (and their years), the bulk loads rebuild them all.
/// </summary>
internal static class FigureTotalWriter
{
    private static readonly string[] RequestTimes = [nameof(InformationRequest.ReceivedAt), nameof(InformationRequest.AnsweredAt)];
    private static readonly string[] VerificationTimes = [nameof(Verification.PerformedAt)];
    private static readonly string[] IncidentTimes = [nameof(Incident.OccurredAt)];

    /// <summary>A deleted request takes its verifications with it (ON DELETE CASCADE, unseen by the tracker): its agreement is recomputed whole.</summary>
    private static readonly (int First, int Last) AllMonths = (LocalMonths.Of(new DateOnly(2, 1, 1)), LocalMonths.Of(new DateOnly(9998, 12, 1)));

    /// <summary>Months and their years, per agreement: DELETE the totals, INSERT them anew from the rows of those months.</summary>
    private static string RefreshSql(SqlDialect d) => FigureTablesGuard.UpkeepTag + $"""
        DELETE FROM "FigureTotals" WHERE "AgreementId" = @agreement
            AND (("Span" = {(int)FigureSpan.Month} AND "Period" BETWEEN @firstMonth AND @lastMonth)
                OR ("Span" = {(int)FigureSpan.Year} AND "Period" BETWEEN @firstYear AND @lastYear));
        INSERT INTO "FigureTotals" ("Span", {FigureFactsSql.Columns})
            SELECT {(int)FigureSpan.Month}, * FROM ({FigureFactsSql.Select(d, c => $"\"AgreementId\" = @agreement AND \"{c}\" >= @from AND \"{c}\" < @to", d.LocalMonth, FigureFactsSql.ResolvedAsStored)}) AS "m";
        {YearsSql("\"AgreementId\" = @agreement AND \"Period\" >= @firstYear AND \"Period\" < @lastYear + 12")}
        """;

    private static readonly string SqliteRefresh = RefreshSql(SqlDialect.Sqlite);
    private static readonly string PostgreSqlRefresh = RefreshSql(SqlDialect.PostgreSql);

    /// <summary>Every total from every row: after a bulk load, and what a migration fills an existing database with.</summary>
    public static string RebuildSql(SqlDialect d) => d.Provider == Infrastructure.Data.DatabaseProvider.PostgreSQL ? PostgreSqlRebuild : SqliteRebuild;

    private static string Rebuild(SqlDialect d) => FigureTablesGuard.UpkeepTag + $"""
        DELETE FROM "FigureTotals";
        INSERT INTO "FigureTotals" ("Span", {FigureFactsSql.Columns})
            SELECT {(int)FigureSpan.Month}, * FROM ({FigureFactsSql.Select(d, c => $"\"{c}\" IS NOT NULL", d.LocalMonth, FigureFactsSql.ResolvedAsStored)}) AS "m";
        {YearsSql("TRUE")}
        """;

    private static readonly string SqliteRebuild = Rebuild(SqlDialect.Sqlite);
    private static readonly string PostgreSqlRebuild = Rebuild(SqlDialect.PostgreSql);

    private static string YearsSql(string months) => $"""
        INSERT INTO "FigureTotals" ("Span", {FigureFactsSql.Columns})
            SELECT {(int)FigureSpan.Year}, {FigureFactsSql.Summed("\"AgreementId\", \"Period\" / 12 * 12, \"Fact\", \"KeyId\", \"KeyName\"")}
            FROM "FigureTotals" WHERE "Span" = {(int)FigureSpan.Month} AND {months}
            GROUP BY "AgreementId", "Period" / 12, "Fact", "KeyId", "KeyName";
        """;

    /// <summary>
    /// The months, per agreement, whose totals the tracked changes alter: old and new times, old and new agreements.
    /// With <paramref name="deferred"/> they are added to it for the caller to refresh later, and none are returned.
    /// </summary>
    public static Dictionary<int, (int First, int Last)> Touched(ChangeTracker tracker, Dictionary<int, (int First, int Last)>? deferred = null)
    {
        var touched = deferred ?? [];
        void Touch(object? agreement, (int First, int Last) months)
        {
            if (agreement is int id)
            {
                touched[id] = touched.TryGetValue(id, out var m) ? (Math.Min(m.First, months.First), Math.Max(m.Last, months.Last)) : months;
            }
        }
        void TouchAt(object? agreement, object? time)
        {
            if (time is DateTime utc)
            {
                Touch(agreement, (LocalMonths.OfUtc(utc), LocalMonths.OfUtc(utc)));
            }
        }
        foreach (var entry in tracker.Entries())
        {
            var times = entry.Entity switch
            {
                InformationRequest => RequestTimes,
                Verification => VerificationTimes,
                Incident => IncidentTimes,
                _ => null,
            };
            if (times is null || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            var agreement = entry.Property(nameof(Incident.AgreementId));
            if (entry is { State: EntityState.Deleted, Entity: InformationRequest })
            {
                Touch(agreement.OriginalValue, AllMonths);
            }
            foreach (var time in times)
            {
                if (entry.State != EntityState.Added)
                {
                    TouchAt(agreement.OriginalValue, entry.Property(time).OriginalValue);
                }
                if (entry.State != EntityState.Deleted)
                {
                    TouchAt(agreement.CurrentValue, entry.Property(time).CurrentValue);
                }
            }
        }
        return deferred is null ? touched : [];
    }

    /// <summary>
    /// Recomputes the touched months and their years, inside the caller's transaction, holding each agreement's totals lock
    /// until it ends: a writer of the same agreement on another node waits, then reads rows that include these.
    /// </summary>
    public static async Task RefreshAsync(DatabaseFacade database, Dictionary<int, (int First, int Last)> touched, CancellationToken ct)
    {
        var d = SqlDialect.Of(database);
        await d.LockTotalsAsync(database, touched.Keys, ct);
        var sql = d.Provider == Infrastructure.Data.DatabaseProvider.PostgreSQL ? PostgreSqlRefresh : SqliteRefresh;
        foreach (var (agreement, (first, last)) in touched.OrderBy(x => x.Key))
        {
            await database.ExecuteSqlRawAsync(sql,
            [
                d.Parameter("@agreement", agreement),
                d.Parameter("@firstMonth", first),
                d.Parameter("@lastMonth", last),
                d.Parameter("@firstYear", LocalMonths.YearOf(first)),
                d.Parameter("@lastYear", LocalMonths.YearOf(last)),
                d.Parameter("@from", LocalMonths.StartUtc(first)),
                d.Parameter("@to", LocalMonths.StartUtc(last + 1)),
            ], ct);
        }
    }
}
