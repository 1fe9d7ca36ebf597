using System.Globalization;
using Dashboard.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis.Totals;

/// <summary>
/// The additive figures of a window: the stored totals of its whole years and months, plus the facts of the rows at its
/// edges, less the incidents counted as resolved that were resolved only after AsOf. At most three aggregate queries,
/// whatever the window's length; their rows are added up per fact and key.
/// </summary>
internal sealed class FigureFacts
{
    private readonly Dictionary<(FigureFact, int, string), FactRow> _rows = [];

    public static async Task<FigureFacts> ReadAsync(DashboardDbContext db, FigureWindow w, CancellationToken ct)
    {
        var facts = new FigureFacts();
        var p = FigurePeriods.Of(w);
        var ids = w.AgreementIds;
        facts.Add(await db.FigureTotals
            .Where(t => ids.Contains(t.AgreementId)
                && ((t.Span == FigureSpan.Year && t.Period >= p.FirstYear && t.Period < p.EndYear)
                    || (t.Span == FigureSpan.Month && t.Period >= p.FirstMonth && t.Period < p.FirstYear)
                    || (t.Span == FigureSpan.Month && t.Period >= p.EndYear && t.Period < p.EndMonth)))
            .GroupBy(t => new { t.Fact, t.KeyId, t.KeyName })
            .Select(g => new FactRow(g.Key.Fact, g.Key.KeyId, g.Key.KeyName, g.Sum(t => t.Count), g.Sum(t => t.OnTime), g.Sum(t => t.Resolved),
                g.Sum(t => t.Critical), g.Sum(t => t.ResolveMilliseconds), g.Sum(t => t.OutageMinutes), g.Sum(t => t.SubscribersAffected), g.Sum(t => t.DamageVnd)))
            .ToListAsync(ct));
        var agreements = $"\"AgreementId\" IN ({string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)))})";
        if (p.HasEdges(w))
        {
            var edges = FigureFactsSql.Select(
                c => $"{agreements} AND ((\"{c}\" >= $from AND \"{c}\" < $storedFrom) OR (\"{c}\" >= $storedTo AND \"{c}\" < $to)) AND \"{c}\" <= $asOf",
                _ => "0", "\"ResolvedAt\" <= $asOf");
            facts.Add(await Query(db, edges, w, p).ToListAsync(ct));
        }
        if (p.StoredFromUtc < p.StoredToUtc)
        {
            // Unary + keeps SQLite on the ResolvedAt index: few incidents are resolved after AsOf, most occurred in the stored months.
            var resolvedLater = FigureFactsSql.Select(
                c => c == "OccurredAt" ? $"{agreements} AND \"ResolvedAt\" > $asOf AND +\"OccurredAt\" >= $storedFrom AND +\"OccurredAt\" < $storedTo" : "0",
                _ => "0", "\"ResolvedAt\" IS NOT NULL");
            facts.Add((await Query(db, resolvedLater, w, p).ToListAsync(ct)).Where(r => r.Resolved != 0).Select(r => r.ResolvedTakenOff()));
        }
        return facts;
    }

    /// <summary>The sums of a fact over all its keys.</summary>
    public FactRow Total(FigureFact fact) => Rows(fact).Aggregate(FactRow.Empty(fact), (sum, r) => sum.Plus(r));

    /// <summary>The sums of a fact per person, area or assignee (KeyId); "none" (0) left out.</summary>
    public IEnumerable<FactRow> ById(FigureFact fact) => Rows(fact).Where(r => r.KeyId != 0);

    /// <summary>A fact per kind or severity (KeyName), keyed by the enum's values.</summary>
    public Dictionary<TEnum, TValue> ByName<TEnum, TValue>(FigureFact fact, Func<FactRow, TValue> value) where TEnum : struct, Enum =>
        Rows(fact).ToDictionary(r => Enum.Parse<TEnum>(r.KeyName), value);

    private IEnumerable<FactRow> Rows(FigureFact fact) => _rows.Values.Where(r => r.Fact == fact);

    private void Add(IEnumerable<FactRow> rows)
    {
        foreach (var row in rows)
        {
            var key = (row.Fact, row.KeyId, row.KeyName);
            _rows[key] = _rows.TryGetValue(key, out var sum) ? sum.Plus(row) : row;
        }
    }

    private static IQueryable<FactRow> Query(DashboardDbContext db, string sql, FigureWindow w, FigurePeriods p) =>
        db.Database.SqlQueryRaw<FactRow>(sql,
            new SqliteParameter("$from", w.FromUtc),
            new SqliteParameter("$to", w.ToUtc),
            new SqliteParameter("$asOf", w.AsOfUtc),
            new SqliteParameter("$storedFrom", p.StoredFromUtc),
            new SqliteParameter("$storedTo", p.StoredToUtc));
}
