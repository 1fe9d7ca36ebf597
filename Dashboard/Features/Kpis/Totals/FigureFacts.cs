using System.Globalization;
using Dashboard.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis.Totals;

/// <summary>
/// The additive figures of a window, in one aggregate query whatever its length: the stored totals of its whole years
/// and months, plus the facts of the rows at its edges, less the incidents counted as resolved that were resolved only
/// after AsOf — summed per fact and key.
/// </summary>
internal sealed class FigureFacts(IEnumerable<FactRow> rows)
{
    private readonly List<FactRow> _rows = [.. rows];

    public static async Task<FigureFacts> ReadAsync(DashboardDbContext db, FigureWindow w, CancellationToken ct)
    {
        var p = FigurePeriods.Of(w);
        var ids = w.AgreementIds;
        var rows = db.FigureTotals
            .Where(t => ids.Contains(t.AgreementId)
                && ((t.Span == FigureSpan.Year && t.Period >= p.FirstYear && t.Period < p.EndYear)
                    || (t.Span == FigureSpan.Month && t.Period >= p.FirstMonth && t.Period < p.FirstYear)
                    || (t.Span == FigureSpan.Month && t.Period >= p.EndYear && t.Period < p.EndMonth)))
            .Select(t => new FactRow
            {
                Fact = t.Fact, KeyId = t.KeyId, KeyName = t.KeyName, Count = t.Count, OnTime = t.OnTime, Resolved = t.Resolved, Critical = t.Critical,
                ResolveMilliseconds = t.ResolveMilliseconds, OutageMinutes = t.OutageMinutes, SubscribersAffected = t.SubscribersAffected, DamageVnd = t.DamageVnd,
            });
        if (RowsSql(w, p) is { } sql)
        {
            rows = rows.Concat(db.Set<FactRow>().FromSqlRaw(sql, Parameters(w, p)).Select(r => new FactRow
            {
                Fact = r.Fact, KeyId = r.KeyId, KeyName = r.KeyName, Count = r.Count, OnTime = r.OnTime, Resolved = r.Resolved, Critical = r.Critical,
                ResolveMilliseconds = r.ResolveMilliseconds, OutageMinutes = r.OutageMinutes, SubscribersAffected = r.SubscribersAffected, DamageVnd = r.DamageVnd,
            }));
        }
        return new FigureFacts(await rows
            .GroupBy(r => new { r.Fact, r.KeyId, r.KeyName })
            .Select(g => new FactRow
            {
                Fact = g.Key.Fact, KeyId = g.Key.KeyId, KeyName = g.Key.KeyName,
                Count = g.Sum(r => r.Count), OnTime = g.Sum(r => r.OnTime), Resolved = g.Sum(r => r.Resolved), Critical = g.Sum(r => r.Critical),
                ResolveMilliseconds = g.Sum(r => r.ResolveMilliseconds), OutageMinutes = g.Sum(r => r.OutageMinutes),
                SubscribersAffected = g.Sum(r => r.SubscribersAffected), DamageVnd = g.Sum(r => r.DamageVnd),
            })
            .ToListAsync(ct));
    }

    /// <summary>
    /// What the stored totals miss, from the rows (null when nothing): the facts of the window's edges up to AsOf, and, with
    /// their resolved sums negated, the incidents of the stored months that were resolved only after AsOf. Unary + keeps
    /// SQLite on the ResolvedAt index there: few incidents are resolved after AsOf, most occurred in the stored months.
    /// </summary>
    public static string? RowsSql(FigureWindow w, FigurePeriods p)
    {
        var agreements = $"\"AgreementId\" IN ({string.Join(", ", w.AgreementIds.Select(id => id.ToString(CultureInfo.InvariantCulture)))})";
        var parts = new List<string>();
        if (p.HasEdges(w))
        {
            var edges = FigureFactsSql.Select(
                c => $"{agreements} AND ((\"{c}\" >= $from AND \"{c}\" < $storedFrom) OR (\"{c}\" >= $storedTo AND \"{c}\" < $to)) AND \"{c}\" <= $asOf",
                _ => "0", "\"ResolvedAt\" <= $asOf");
            parts.Add($"SELECT {FigureFactsSql.Measures} FROM ({edges})");
        }
        if (p.HasStored)
        {
            var resolvedLater = FigureFactsSql.Select(
                c => c == "OccurredAt" ? $"{agreements} AND \"ResolvedAt\" > $asOf AND +\"OccurredAt\" >= $storedFrom AND +\"OccurredAt\" < $storedTo" : "0",
                _ => "0", "\"ResolvedAt\" IS NOT NULL");
            parts.Add($"""
                SELECT "Fact", "KeyId", "KeyName", 0 AS "Count", 0 AS "OnTime", -"Resolved" AS "Resolved", -"Critical" AS "Critical",
                    -"ResolveMilliseconds" AS "ResolveMilliseconds", 0 AS "OutageMinutes", 0 AS "SubscribersAffected", 0 AS "DamageVnd"
                FROM ({resolvedLater}) WHERE "Resolved" <> 0
                """);
        }
        return parts.Count == 0 ? null : string.Join("\nUNION ALL\n", parts);
    }

    public static SqliteParameter[] Parameters(FigureWindow w, FigurePeriods p) =>
    [
        new("$from", w.FromUtc),
        new("$to", w.ToUtc),
        new("$asOf", w.AsOfUtc),
        new("$storedFrom", p.StoredFromUtc),
        new("$storedTo", p.StoredToUtc),
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
