using System.Globalization;
using Dashboard.Infrastructure.Data;
using System.Data.Common;
using Dashboard.Infrastructure.Data.Dialects;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis.Totals;

/// <summary>
/// The additive figures of a window, in one aggregate query whatever its length: the stored totals of its whole years
/// and months, plus the facts of the rows at its edges, less the incidents counted as resolved that were resolved only
/// after AsOf — summed per fact and key. Written in SQL beside <see cref="FigureFactsSql"/>, which it extends; EF runs it.
/// </summary>
internal sealed class FigureFacts(IEnumerable<FactRow> rows)
{
    private readonly List<FactRow> _rows = [.. rows];

    public static async Task<FigureFacts> ReadAsync(DashboardDbContext db, FigureWindow w, CancellationToken ct)
    {
        var periods = await FigurePeriods.ReadAsync(db, w, ct);
        var dialect = SqlDialect.Of(db.Database);
        return new FigureFacts(await db.Set<FactRow>().FromSqlRaw(Sql(dialect, w, periods), Parameters(dialect, w, periods)).ToListAsync(ct));
    }

    /// <summary>
    /// The facts of the window summed per fact and key: the stored totals of each source's whole periods, and
    /// <see cref="RowsSql"/>; an area's facts carry its code as KeyName. Sources whose periods agree (usually all) share one range read. Periods and times are
    /// parameters, so that the text (which EF caches) varies only with the agreements and the shape of the window.
    /// </summary>
    public static string Sql(SqlDialect dialect, FigureWindow w, IReadOnlyDictionary<FigureSource, FigurePeriods> periods)
    {
        var stored = Groups(periods).Select((g, i) => $"""
            SELECT {FigureFactsSql.Measures} FROM "FigureTotals" WHERE {FigureFactsSql.InAgreements(w)}
                AND "Fact" IN ({string.Join(", ", g.Sources.SelectMany(s => s.Facts).Select(f => ((int)f).ToString(CultureInfo.InvariantCulture)))})
                AND (("Span" = {(int)FigureSpan.Year} AND "Period" >= @firstYear{i} AND "Period" < @endYear{i})
                    OR ("Span" = {(int)FigureSpan.Month} AND "Period" >= @firstMonth{i} AND "Period" < @firstYear{i})
                    OR ("Span" = {(int)FigureSpan.Month} AND "Period" >= @endYear{i} AND "Period" < @endMonth{i}))
            """);
        var parts = RowsSql(dialect, w, periods) is { } rows ? stored.Append($"SELECT * FROM ({rows}) AS \"x\"") : stored;
        var summed = $"SELECT {FigureFactsSql.Summed("\"Fact\", \"KeyId\", \"KeyName\"")} FROM ({string.Join("\nUNION ALL\n", parts)}) AS \"f\" GROUP BY 1, 2, 3";
        // The areas' codes come with their facts: the figures name areas by code, and one query fewer is one round trip fewer.
        return $"""
            SELECT "s"."Fact", "s"."KeyId", COALESCE("a"."Code", "s"."KeyName") AS "KeyName", "s"."Count", "s"."OnTime", "s"."Resolved",
                "s"."Critical", "s"."ResolveMilliseconds", "s"."OutageMinutes", "s"."SubscribersAffected", "s"."DamageVnd"
            FROM ({summed}) AS "s" LEFT JOIN "Areas" AS "a" ON "s"."Fact" = {(int)FigureFact.OccurredByArea} AND "a"."Id" = "s"."KeyId"
            """;
    }

    private static IEnumerable<(FigurePeriods Periods, List<FigureSource> Sources)> Groups(IReadOnlyDictionary<FigureSource, FigurePeriods> periods) =>
        periods.GroupBy(x => x.Value, x => x.Key).Select(g => (g.Key, g.ToList()));

    /// <summary>
    /// What the stored totals miss, from the rows (null when nothing): the facts of each source's edges up to AsOf, and,
    /// with their resolved sums negated, the incidents of the stored months that were resolved only after AsOf. NoIndex
    /// keeps SQLite on the ResolvedAt index there: few incidents are resolved after AsOf, most occurred in the stored months.
    /// </summary>
    public static string? RowsSql(SqlDialect dialect, FigureWindow w, IReadOnlyDictionary<FigureSource, FigurePeriods> periods)
    {
        var agreements = FigureFactsSql.InAgreements(w);
        var parts = new List<string>();
        if (periods.Values.Any(p => p.HasEdges(w)))
        {
            var edges = FigureFactsSql.Select(dialect,
                c => FigureSource.Of(c) is var s && periods[s].HasEdges(w)
                    ? $"{agreements} AND ((\"{c}\" >= @from AND \"{c}\" < @storedFrom{s.Index}) OR (\"{c}\" >= @storedTo{s.Index} AND \"{c}\" < @to)) AND \"{c}\" <= @asOf"
                    : null,
                _ => "0", "\"ResolvedAt\" <= @asOf");
            parts.Add($"SELECT {FigureFactsSql.Measures} FROM ({edges}) AS \"e\"");
        }
        var occurred = FigureSource.Occurred;
        if (periods[occurred].HasStored)
        {
            var resolvedLater = FigureFactsSql.Select(dialect,
                c => c == occurred.Column
                    ? $"{agreements} AND \"ResolvedAt\" > @asOf AND {dialect.NoIndex(c)} >= @storedFrom{occurred.Index} AND {dialect.NoIndex(c)} < @storedTo{occurred.Index}"
                    : null,
                _ => "0", "\"ResolvedAt\" IS NOT NULL");
            parts.Add($"""
                SELECT "Fact", "KeyId", "KeyName", 0 AS "Count", 0 AS "OnTime", -"Resolved" AS "Resolved", -"Critical" AS "Critical",
                    -"ResolveMilliseconds" AS "ResolveMilliseconds", 0 AS "OutageMinutes", 0 AS "SubscribersAffected", 0 AS "DamageVnd"
                FROM ({resolvedLater}) AS "l" WHERE "Resolved" <> 0
                """);
        }
        return parts.Count == 0 ? null : string.Join("\nUNION ALL\n", parts);
    }

    public static DbParameter[] Parameters(SqlDialect dialect, FigureWindow w, IReadOnlyDictionary<FigureSource, FigurePeriods> periods) =>
    [
        dialect.Parameter("@from", w.FromUtc),
        dialect.Parameter("@to", w.ToUtc),
        dialect.Parameter("@asOf", w.AsOfUtc),
        .. periods.SelectMany(x => new[]
        {
            dialect.Parameter($"@storedFrom{x.Key.Index}", x.Value.StoredFromUtc), dialect.Parameter($"@storedTo{x.Key.Index}", x.Value.StoredToUtc),
        }),
        .. Groups(periods).SelectMany((g, i) => new[]
        {
            dialect.Parameter($"@firstYear{i}", g.Periods.FirstYear), dialect.Parameter($"@endYear{i}", g.Periods.EndYear),
            dialect.Parameter($"@firstMonth{i}", g.Periods.FirstMonth), dialect.Parameter($"@endMonth{i}", g.Periods.EndMonth),
        }),
    ];

    /// <summary>The sums of a fact over all its keys.</summary>
    public FactRow Total(FigureFact fact) => Rows(fact).Aggregate(new FactRow { Fact = fact }, (sum, r) => sum.Plus(r));

    /// <summary>The sums of a fact per person, area or assignee (KeyId); "none" (0) left out.</summary>
    public IEnumerable<FactRow> ById(FigureFact fact) => Rows(fact).Where(r => r.KeyId != 0);

    /// <summary>A fact per kind or severity (KeyName), keyed by the enum's values.</summary>
    public Dictionary<TEnum, TValue> ByName<TEnum, TValue>(FigureFact fact, Func<FactRow, TValue> value) where TEnum : struct, Enum =>
        Rows(fact).ToDictionary(r => Enum.Parse<TEnum>(r.KeyName), value);

    private IEnumerable<FactRow> Rows(FigureFact fact) => _rows.Where(r => r.Fact == fact);
}
