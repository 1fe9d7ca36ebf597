using System.Globalization;
using Dashboard.Features.Areas;
using Dashboard.Features.Heatmaps.Rollups;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis;
using Dashboard.Features.Kpis.Totals;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Heatmaps;

/// <summary>Heat maps of SPEC §3: incidents counted by area (or weekday) and a local-time bucket, from roll-ups and the window's edges; every cell drills down.</summary>
public sealed class HeatmapService(IDbContextFactory<DashboardDbContext> dbs, LocalClock clock)
{
    /// <summary>Area rows as recorded (no roll-up): the heat map of GET /api/heatmap and the verb.</summary>
    public Task<Heatmap> ComputeAsync(FigureQuery query, HeatmapShape shape, CancellationToken ct = default) =>
        ComputeAsync(query, shape, null, ct);

    /// <summary>
    /// Area rows rolled up to <paramref name="level"/> (see <see cref="AreaRollup"/>); null keeps the recorded area. The
    /// whole months, years and weeks of the window are read from the roll-ups (<see cref="HeatmapTotal"/>), its partial
    /// edges from the incidents (<see cref="HeatmapPeriods"/>); the cells add both.
    /// </summary>
    public async Task<Heatmap> ComputeAsync(FigureQuery query, HeatmapShape shape, AreaLevel? level, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var snapshot = await ReadSnapshot.BeginAsync(db, ct);
        var window = await FigureWindows.ResolveAsync(db, clock, query, ct);
        var p = HeatmapPeriods.Of(window);
        var ids = window.AgreementIds;
        if (shape == HeatmapShape.WeekdayByHour)
        {
            var hours = await Totals(db, ids, HeatmapFact.HourOfWeek, p)
                .GroupBy(t => t.HourOfWeek)
                .Select(g => new { HourOfWeek = g.Key, Count = g.Sum(t => t.Count) })
                .ToListAsync(ct);
            var hourEdges = await Edges(window, db, p.MonthsFromUtc, p.MonthsToUtc)
                .GroupBy(i => i.OccurredHourOfWeek)
                .Select(g => new { HourOfWeek = g.Key, Count = (long)g.Count() })
                .ToListAsync(ct);
            return Fill(window, shape, HeatmapLabels.Weekdays, HeatmapLabels.Hours, hours.Concat(hourEdges)
                .Select(c => (HeatmapLabels.WeekdayOf(c.HourOfWeek / 24), HeatmapLabels.HourOf(c.HourOfWeek % 24), c.Count)));
        }
        // Recorded areas here; they are rolled up to the level below, through the same choice of ancestor as the drill-down.
        List<(int AreaId, string Column, long Count)> byArea = shape switch
        {
            HeatmapShape.AreaByWeek =>
            [
                .. (await db.HeatmapWeeks
                    .Where(t => ids.Contains(t.AgreementId) && t.Week >= p.FirstWeek && t.Week < p.EndWeek)
                    .GroupBy(t => new { t.Week, t.AreaId })                      // the key's order: no sort
                    .Select(g => new { g.Key.AreaId, g.Key.Week, Count = g.Sum(t => t.Count) })
                    .ToListAsync(ct)).Select(x => (x.AreaId, HeatmapLabels.WeekLabel(x.Week), x.Count)),
                .. (await Edges(window, db, p.WeeksFromUtc, p.WeeksToUtc)
                    .GroupBy(i => new { i.AreaId, i.OccurredWeek })
                    .Select(g => new { g.Key.AreaId, g.Key.OccurredWeek, Count = g.Count() })
                    .ToListAsync(ct)).Select(x => (x.AreaId, HeatmapLabels.WeekLabel(x.OccurredWeek), (long)x.Count)),
            ],
            HeatmapShape.AreaByMonth =>
            [
                .. (await db.HeatmapTotals
                    .Where(t => ids.Contains(t.AgreementId) && t.Fact == HeatmapFact.Area && t.Span == FigureSpan.Month
                        && t.Period >= p.FirstMonth && t.Period < p.EndMonth)
                    .GroupBy(t => new { t.Period, t.AreaId })                    // the key's order: no sort
                    .Select(g => new { g.Key.AreaId, g.Key.Period, Count = g.Sum(t => t.Count) })
                    .ToListAsync(ct)).Select(x => (x.AreaId, HeatmapLabels.MonthLabel(x.Period), x.Count)),
                .. (await Edges(window, db, p.MonthsFromUtc, p.MonthsToUtc)
                    .GroupBy(i => new { i.AreaId, i.OccurredMonth })
                    .Select(g => new { g.Key.AreaId, g.Key.OccurredMonth, Count = g.Count() })
                    .ToListAsync(ct)).Select(x => (x.AreaId, HeatmapLabels.MonthLabel(x.OccurredMonth), (long)x.Count)),
            ],
            _ =>
            [
                .. (await Totals(db, ids, HeatmapFact.AreaKind, p)
                    .GroupBy(t => new { t.AreaId, t.Kind })
                    .Select(g => new { g.Key.AreaId, g.Key.Kind, Count = g.Sum(t => t.Count) })
                    .ToListAsync(ct)).Select(x => (x.AreaId, x.Kind, x.Count)),
                .. (await Edges(window, db, p.MonthsFromUtc, p.MonthsToUtc)
                    .GroupBy(i => new { i.AreaId, i.Kind })
                    .Select(g => new { g.Key.AreaId, g.Key.Kind, Count = g.Count() })
                    .ToListAsync(ct)).Select(x => (x.AreaId, x.Kind.ToString(), (long)x.Count)),
            ],
        };
        // The roll-ups join no areas in SQL: SQLite would loop over every area and scan the agreement's rows for each.
        var areaIds = byArea.Select(x => x.AreaId).Distinct().ToList();
        var codes = await db.Areas.RollUp(level).Where(a => areaIds.Contains(a.Id))
            .Join(db.Areas, r => r.RolledId, a => a.Id, (r, a) => new { r.Id, a.Code })
            .ToDictionaryAsync(x => x.Id, x => x.Code, ct);
        var rows = codes.Values.Distinct().Order(StringComparer.Ordinal).ToList();
        return Fill(window, shape, rows, Columns(window, shape), byArea.Select(x => (codes[x.AreaId], x.Column, x.Count)));
    }

    /// <summary>
    /// The month and year roll-ups of one fact for the whole periods of <paramref name="p"/>: three key ranges (months
    /// before the first whole year, the years, months after the last), each a seek, rather than one condition with ORs.
    /// </summary>
    private static IQueryable<HeatmapTotal> Totals(DashboardDbContext db, IReadOnlyList<int> ids, HeatmapFact fact, HeatmapPeriods p)
    {
        IQueryable<HeatmapTotal> Range(FigureSpan span, int from, int to) =>
            db.HeatmapTotals.Where(t => ids.Contains(t.AgreementId) && t.Fact == fact && t.Span == span && t.Period >= from && t.Period < to);
        return Range(FigureSpan.Month, p.FirstMonth, p.FirstYear)
            .Concat(Range(FigureSpan.Year, p.FirstYear, p.EndYear))
            .Concat(Range(FigureSpan.Month, p.EndYear, p.EndMonth));
    }

    /// <summary>
    /// The incidents of the window (as <see cref="FigureSets.OccurredIncidents"/> has them) outside the stored range
    /// [fromUtc, toUtc): two index ranges, not one range with a hole, each with one bound per side computed here, since
    /// SQLite seeks on only one of several bounds and may pick the loosest (the whole agreement instead of a week).
    /// </summary>
    private static IQueryable<Incident> Edges(FigureWindow window, DashboardDbContext db, DateTime fromUtc, DateTime toUtc)
    {
        var ids = window.AgreementIds;
        var start = window.FromUtc;
        var end = window.AsOfUtc < window.ToUtc ? window.AsOfUtc.AddTicks(1) : window.ToUtc;
        var (lowerEnd, upperStart) = (fromUtc < end ? fromUtc : end, toUtc > start ? toUtc : start);
        return db.Incidents.Where(i => ids.Contains(i.AgreementId) && i.OccurredAt >= start && i.OccurredAt < lowerEnd)
            .Concat(db.Incidents.Where(i => ids.Contains(i.AgreementId) && i.OccurredAt >= upperStart && i.OccurredAt < end));
    }

    /// <summary>The incidents behind one cell, by time. Throws <see cref="FigureQueryException"/> for a row or column the heat map cannot have.</summary>
    public Task<IReadOnlyList<HeatmapIncident>> IncidentsInCellAsync(
        FigureQuery query, HeatmapShape shape, string row, string column, CancellationToken ct = default) =>
        IncidentsInCellAsync(query, shape, row, column, null, ct);

    /// <summary>The incidents behind one cell of a heat map drawn at <paramref name="level"/>: the same roll-up key as the grid.</summary>
    public async Task<IReadOnlyList<HeatmapIncident>> IncidentsInCellAsync(
        FigureQuery query, HeatmapShape shape, string row, string column, AreaLevel? level, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var window = await FigureWindows.ResolveAsync(db, clock, query, ct);
        var incidents = window.OccurredIncidents(db.Incidents).RollUp(shape == HeatmapShape.WeekdayByHour ? null : level);
        if (shape == HeatmapShape.WeekdayByHour)
        {
            var hourOfWeek = HeatmapLabels.SqliteWeekdayOf(row) * 24 + HeatmapLabels.SqliteHourOf(column);
            incidents = incidents.Where(i => i.OccurredHourOfWeek == hourOfWeek);
        }
        else
        {
            var areaId = await db.Areas.Where(a => a.Code == row).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct)
                ?? throw new FigureQueryException(FigureMessages.Format("UnknownCell", row));
            var columnLabel = Columns(window, shape)[HeatmapLabels.IndexOf(Columns(window, shape), column)];
            incidents = incidents.Where(i => i.AreaId == areaId);
            incidents = shape switch
            {
                HeatmapShape.AreaByWeek => WhereWeek(incidents, columnLabel),
                HeatmapShape.AreaByMonth => WhereMonth(incidents, HeatmapLabels.MonthOfLabel(columnLabel)),
                _ => WhereKind(incidents, Enum.Parse<IncidentKind>(columnLabel)),
            };
        }
        var ids = incidents.Select(i => i.Id);
        var found = await db.Incidents.Where(i => ids.Contains(i.Id))
            .OrderBy(i => i.OccurredAt).ThenBy(i => i.Code)
            .Select(i => new { i.Id, i.Code, i.OccurredAt, AreaCode = i.Area!.Code, i.Kind, i.Severity, i.Status })
            .ToListAsync(ct);
        return [.. found.Select(i => new HeatmapIncident(i.Id, i.Code, LocalClock.ToLocal(i.OccurredAt), i.AreaCode, i.Kind, i.Severity, i.Status))];
    }

    private static IQueryable<RolledIncident> WhereWeek(IQueryable<RolledIncident> incidents, string weekLabel)
    {
        var monday = HeatmapLabels.MondayOfWeekLabel(weekLabel)!.Value;
        return incidents.Where(i => i.OccurredWeek == monday);
    }

    private static IQueryable<RolledIncident> WhereMonth(IQueryable<RolledIncident> incidents, int month) => incidents.Where(i => i.OccurredMonth == month);

    private static IQueryable<RolledIncident> WhereKind(IQueryable<RolledIncident> incidents, IncidentKind kind) => incidents.Where(i => i.Kind == kind);

    private static IReadOnlyList<string> Columns(FigureWindow window, HeatmapShape shape) => shape switch
    {
        HeatmapShape.AreaByWeek => [.. HeatmapLabels.Mondays(window).Select(HeatmapLabels.WeekLabel)],
        HeatmapShape.AreaByMonth => HeatmapLabels.Months(window),
        HeatmapShape.AreaByKind => HeatmapLabels.Kinds,
        _ => HeatmapLabels.Hours,
    };

    private static Heatmap Fill(FigureWindow window, HeatmapShape shape, IReadOnlyList<string> rows, IReadOnlyList<string> columns,
        IEnumerable<(string Row, string Column, long Count)> counts)
    {
        var rowIndex = rows.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i, StringComparer.Ordinal);
        var columnIndex = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var cells = rows.Select(_ => new int[columns.Count]).ToArray();
        foreach (var (row, column, count) in counts)
        {
            cells[rowIndex[row]][columnIndex[column]] += checked((int)count);
        }
        return new Heatmap(window, shape, rows, columns, cells);
    }
}
