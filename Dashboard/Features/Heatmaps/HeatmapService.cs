using System.Globalization;
using Dashboard.Features.Areas;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using static Dashboard.Infrastructure.Data.SqlFunctions;

namespace Dashboard.Features.Heatmaps;

/// <summary>Heat maps of SPEC §3: incidents grouped in SQL by area (or weekday) and a local-time bucket; every cell drills down.</summary>
public sealed class HeatmapService(IDbContextFactory<DashboardDbContext> dbs, LocalClock clock)
{
    /// <summary>Area rows as recorded (no roll-up): the heat map of GET /api/heatmap and the verb.</summary>
    public Task<Heatmap> ComputeAsync(FigureQuery query, HeatmapShape shape, CancellationToken ct = default) =>
        ComputeAsync(query, shape, null, ct);

    /// <summary>Area rows rolled up to <paramref name="level"/> (see <see cref="AreaRollup"/>); null keeps the recorded area.</summary>
    public async Task<Heatmap> ComputeAsync(FigureQuery query, HeatmapShape shape, AreaLevel? level, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var snapshot = await ReadSnapshot.BeginAsync(db, ct);
        var window = await FigureWindows.ResolveAsync(db, clock, query, ct);
        var occurred = window.OccurredIncidents(db.Incidents).RollUp(level);
        List<(int AreaId, string Column, int Count)> byArea = shape switch
        {
            HeatmapShape.AreaByWeek => [.. (await occurred
                .GroupBy(i => new { i.AreaId, i.OccurredWeek })
                .Select(g => new { g.Key.AreaId, g.Key.OccurredWeek, Count = g.Count() })
                .ToListAsync(ct)).Select(x => (x.AreaId, HeatmapLabels.WeekLabel(x.OccurredWeek), x.Count))],
            HeatmapShape.AreaByMonth => [.. (await occurred
                .GroupBy(i => new { i.AreaId, Column = LocalMonthLabel(i.OccurredAt) })
                .Select(g => new { g.Key.AreaId, g.Key.Column, Count = g.Count() })
                .ToListAsync(ct)).Select(x => (x.AreaId, x.Column, x.Count))],
            HeatmapShape.AreaByKind => [.. (await occurred
                .GroupBy(i => new { i.AreaId, i.Kind })
                .Select(g => new { g.Key.AreaId, g.Key.Kind, Count = g.Count() })
                .ToListAsync(ct)).Select(x => (x.AreaId, x.Kind.ToString(), x.Count))],
            _ => [],
        };
        if (shape == HeatmapShape.WeekdayByHour)
        {
            var cells = await occurred
                .GroupBy(i => i.OccurredHourOfWeek)
                .Select(g => new { HourOfWeek = g.Key, Count = g.Count() })
                .ToListAsync(ct);
            return Fill(window, shape, HeatmapLabels.Weekdays, HeatmapLabels.Hours,
                cells.Select(c => (HeatmapLabels.WeekdayOf(c.HourOfWeek / 24), HeatmapLabels.HourOf(c.HourOfWeek % 24), c.Count)));
        }
        var areaIds = byArea.Select(x => x.AreaId).Distinct().ToList();
        var codes = await db.Areas.Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Code, ct);
        var rows = codes.Values.Order(StringComparer.Ordinal).ToList();
        return Fill(window, shape, rows, Columns(window, shape), byArea.Select(x => (codes[x.AreaId], x.Column, x.Count)));
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
                HeatmapShape.AreaByMonth => incidents.Where(i => LocalMonthLabel(i.OccurredAt) == columnLabel),
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

    private static IQueryable<RolledIncident> WhereKind(IQueryable<RolledIncident> incidents, IncidentKind kind) => incidents.Where(i => i.Kind == kind);

    private static IReadOnlyList<string> Columns(FigureWindow window, HeatmapShape shape) => shape switch
    {
        HeatmapShape.AreaByWeek => [.. HeatmapLabels.Mondays(window).Select(HeatmapLabels.WeekLabel)],
        HeatmapShape.AreaByMonth => HeatmapLabels.Months(window),
        HeatmapShape.AreaByKind => HeatmapLabels.Kinds,
        _ => HeatmapLabels.Hours,
    };

    private static Heatmap Fill(FigureWindow window, HeatmapShape shape, IReadOnlyList<string> rows, IReadOnlyList<string> columns,
        IEnumerable<(string Row, string Column, int Count)> counts)
    {
        var rowIndex = rows.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i, StringComparer.Ordinal);
        var columnIndex = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var cells = rows.Select(_ => new int[columns.Count]).ToArray();
        foreach (var (row, column, count) in counts)
        {
            cells[rowIndex[row]][columnIndex[column]] += count;
        }
        return new Heatmap(window, shape, rows, columns, cells);
    }
}
