using System.Globalization;
using Dashboard.Infrastructure.Data;
using System.Data.Common;
using Dashboard.Infrastructure.Data.Dialects;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis.Totals;

/// <summary>
/// The additive figures of a window, in one aggregate query whatever its length: the stored totals of its years and
/// months (<see cref="FigurePeriods"/>), plus the facts of its rows outside them, less those of their rows outside the
/// window, less the incidents counted as resolved that were resolved only after AsOf — summed per fact and key.
/// Written in SQL beside <see cref="FigureFactsSql"/>, which it extends; EF runs it.
/// </summary>
internal sealed class FigureFacts(IEnumerable<FactRow> rows)
{
    private readonly List<FactRow> _rows = [.. rows];

    public static async Task<FigureFacts> ReadAsync(DashboardDbContext db, FigureWindow w, CancellationToken ct)
    {
        var (periods, dialect) = (FigurePeriods.Of(w), SqlDialect.Of(db.Database));
        return new FigureFacts(await db.Set<FactRow>().FromSqlRaw(Sql(dialect, w, periods), periods.Parameters(dialect, w)).ToListAsync(ct));
    }

    /// <summary>
    /// The facts of the window summed per fact and key: the stored totals of its whole periods, and
    /// <see cref="RowsSql"/>; an area's facts carry its code as KeyName. Periods and times are parameters
    /// (<see cref="FigurePeriods.Parameters"/>), so that the text (which EF caches) varies only with the agreements and
    /// the shape of the window.
    /// </summary>
    public static string Sql(SqlDialect dialect, FigureWindow w, FigurePeriods periods)
    {
        var stored = $"""
            SELECT {FigureFactsSql.Measures} FROM "FigureTotals" WHERE {FigureFactsSql.InAgreements(w)}
                AND "Fact" IN ({string.Join(", ", FigureSource.All.SelectMany(s => s.Facts).Select(f => ((int)f).ToString(CultureInfo.InvariantCulture)))})
                AND (("Span" = {(int)FigureSpan.Year} AND "Period" >= @firstYear AND "Period" < @endYear)
                    OR ("Span" = {(int)FigureSpan.Month} AND "Period" >= @firstMonth AND "Period" < @firstYear)
                    OR ("Span" = {(int)FigureSpan.Month} AND "Period" >= @endYear AND "Period" < @endMonth))
            """;
        var parts = RowsSql(dialect, w, periods) is { } rows ? [stored, $"SELECT * FROM ({rows}) AS \"x\""] : new[] { stored };
        var summed = $"SELECT {FigureFactsSql.Summed("\"Fact\", \"KeyId\", \"KeyName\"")} FROM ({string.Join("\nUNION ALL\n", parts)}) AS \"f\" GROUP BY 1, 2, 3";
        // The areas' codes come with their facts: the figures name areas by code, and one query fewer is one round trip fewer.
        return $"""
            SELECT "s"."Fact", "s"."KeyId", COALESCE("a"."Code", "s"."KeyName") AS "KeyName", "s"."Count", "s"."OnTime", "s"."Resolved",
                "s"."Critical", "s"."ResolveMilliseconds", "s"."OutageMinutes", "s"."SubscribersAffected", "s"."DamageVnd"
            FROM ({summed}) AS "s" LEFT JOIN "Areas" AS "a" ON "s"."Fact" = {(int)FigureFact.OccurredByArea} AND "a"."Id" = "s"."KeyId"
            """;
    }

    /// <summary>
    /// What the stored totals miss or hold too much of, from the rows (null when nothing): the facts of the window's
    /// rows outside the stored periods up to AsOf; negated, those of the stored periods' rows outside the window (as
    /// stored: resolved at any time); and, with their resolved sums negated, the window's incidents of the stored
    /// periods that were resolved only after AsOf. NoIndex keeps SQLite on the ResolvedAt index there: few incidents are
    /// resolved after AsOf, most occurred in the stored months.
    /// </summary>
    public static string? RowsSql(SqlDialect dialect, FigureWindow w, FigurePeriods periods)
    {
        var agreements = FigureFactsSql.InAgreements(w);
        var parts = new List<string>();
        if (periods.HasInside(w))
        {
            var inside = FigureFactsSql.Select(dialect, c => $"{agreements} AND {FigurePeriods.Inside(c)}", _ => "0", "\"ResolvedAt\" <= @asOf");
            parts.Add($"SELECT {FigureFactsSql.Measures} FROM ({inside}) AS \"e\"");
        }
        if (periods.HasOutside(w))
        {
            var outside = FigureFactsSql.Select(dialect, c => $"{agreements} AND {FigurePeriods.Outside(w, c)}", _ => "0", FigureFactsSql.ResolvedAsStored);
            parts.Add($"""
                SELECT "Fact", "KeyId", "KeyName", -"Count" AS "Count", -"OnTime" AS "OnTime", -"Resolved" AS "Resolved", -"Critical" AS "Critical",
                    -"ResolveMilliseconds" AS "ResolveMilliseconds", -"OutageMinutes" AS "OutageMinutes", -"SubscribersAffected" AS "SubscribersAffected",
                    -"DamageVnd" AS "DamageVnd"
                FROM ({outside}) AS "o"
                """);
        }
        if (periods.HasStored)
        {
            var c = FigureSource.Occurred.Column;
            var resolvedLater = FigureFactsSql.Select(dialect,
                column => column == c
                    ? $"{agreements} AND \"ResolvedAt\" > @asOf AND {dialect.NoIndex(c)} >= @storedFrom AND {dialect.NoIndex(c)} < @storedTo "
                        + $"AND {dialect.NoIndex(c)} >= @from AND {dialect.NoIndex(c)} < @to AND {dialect.NoIndex(c)} <= @asOf"
                    : null,
                _ => "0", FigureFactsSql.ResolvedAsStored);
            parts.Add($"""
                SELECT "Fact", "KeyId", "KeyName", 0 AS "Count", 0 AS "OnTime", -"Resolved" AS "Resolved", -"Critical" AS "Critical",
                    -"ResolveMilliseconds" AS "ResolveMilliseconds", 0 AS "OutageMinutes", 0 AS "SubscribersAffected", 0 AS "DamageVnd"
                FROM ({resolvedLater}) AS "l" WHERE "Resolved" <> 0
                """);
        }
        return parts.Count == 0 ? null : string.Join("\nUNION ALL\n", parts);
    }

    /// <summary>The sums of a fact over all its keys.</summary>
    public FactRow Total(FigureFact fact) => Rows(fact).Aggregate(new FactRow { Fact = fact }, (sum, r) => sum.Plus(r));

    /// <summary>The sums of a fact per person, area or assignee (KeyId); "none" (0) left out.</summary>
    public IEnumerable<FactRow> ById(FigureFact fact) => Rows(fact).Where(r => r.KeyId != 0);

    /// <summary>A fact per kind or severity (KeyName), keyed by the enum's values.</summary>
    public Dictionary<TEnum, TValue> ByName<TEnum, TValue>(FigureFact fact, Func<FactRow, TValue> value) where TEnum : struct, Enum =>
        Rows(fact).ToDictionary(r => Enum.Parse<TEnum>(r.KeyName), value);

    private IEnumerable<FactRow> Rows(FigureFact fact) => _rows.Where(r => r.Fact == fact);
}
