using System.Globalization;
using Dashboard.Features.Areas;
using Dashboard.Features.Heatmaps;
using Dashboard.Features.Heatmaps.Rollups;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Dashboard.Tests.Features.DemoData;
using Dashboard.Tests.Features.Kpis;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Tests.Features.Heatmaps;

/// <summary>
/// Heat maps add roll-ups of whole weeks, months and years to the rows at a window's edges: whatever the window, shape
/// and level, every cell must equal the incidents counted one by one, each cell must drill down to exactly those, and
/// the roll-ups must stay what a rebuild from the rows gives (clock: 15/06/2024 12:00 local).
/// </summary>
public sealed class HeatmapRollupTests : FiguresFixture
{
    private static readonly HeatmapShape[] Shapes = Enum.GetValues<HeatmapShape>();
    private static readonly AreaLevel?[] Levels = [null, AreaLevel.District, AreaLevel.Province];

    /// <summary>The figures' windows, and more for weeks: whole weeks, partial weeks at either end, a year, AsOf mid-week or past.</summary>
    private static readonly (string? Agreement, DateOnly? From, DateOnly? To, DateTime? AsOf)[] Windows =
    [
        .. FigureTotalsTests.Windows,
        (FigureData.Agreement2023, new(2024, 1, 1), new(2024, 3, 4), null),
        (FigureData.Agreement2023, new(2024, 1, 3), new(2024, 3, 7), null),
        (null, new(2023, 1, 1), new(2024, 1, 1), null),
        (null, new(2023, 1, 2), new(2024, 7, 1), Local(2024, 5, 15, 13, 0)),
        (FigureData.Agreement2012, new(2023, 1, 1), new(2023, 10, 29), Local(2023, 6, 1)),
        (FigureData.Agreement2023, new(2024, 6, 10), new(2024, 6, 17), Local(2024, 6, 12, 8)),
    ];

    private static readonly string[] AreaCodes = ["024", "027", "030", "00688", "02", "070"];

    private HeatmapService Heatmaps => new(Db, new LocalClock(Db.Time));

    [Fact]
    public async Task EveryCell_EqualsTheIncidents_ForWindowsOfEveryShapeAndLevel()
    {
        await SeedAsync(new Random(5));

        await AssertEveryCellAsync(Windows);
    }

    [Fact]
    public async Task EveryCell_DrillsDownToExactlyTheIncidentsBehindIt_ForWholeAndPartialPeriods()
    {
        await SeedAsync(new Random(9));
        var oracle = await Oracle.LoadAsync(Db);

        foreach (var (agreement, from, to, asOf) in new[] { Windows[0], Windows[^5], Windows[^3] })
        {
            var query = QueryOf(agreement, from, to, asOf);
            foreach (var shape in Shapes)
            {
                var map = await Heatmaps.ComputeAsync(query, shape, AreaLevel.Province);
                var expected = oracle.Cells(map.Window, shape, AreaLevel.Province);
                Assert.NotEmpty(expected);
                foreach (var ((row, column), codes) in expected)
                {
                    var drilled = await Heatmaps.IncidentsInCellAsync(query, shape, row, column, AreaLevel.Province);
                    Assert.Equal(codes.Order(StringComparer.Ordinal), drilled.Select(i => i.Code).Order(StringComparer.Ordinal));
                    Assert.Equal(codes.Count, map.Cells[map.Rows.ToList().IndexOf(row)][map.Columns.ToList().IndexOf(column)]);
                }
            }
        }
    }

    [Fact]
    public async Task Rollups_AfterEditsThatMoveIncidentsBetweenAreasWeeksMonthsAndAgreements_AndDeletes_EqualARebuild()
    {
        await SeedAsync(new Random(13));
        await using (var db = Db.CreateDbContext())
        {
            var incidents = await db.Incidents.OrderBy(i => i.Id).ToListAsync();
            incidents[0].AreaId = await AreaIdAsync(db, "070");                          // into another province
            incidents[1].OccurredAt = incidents[1].OccurredAt.AddDays(7);                 // into the next week
            incidents[2].OccurredAt = incidents[2].OccurredAt.AddMonths(-14);             // into another month and year…
            incidents[2].AgreementId = await Data.AgreementIdAsync(FigureData.Agreement2012); // …and agreement
            incidents[3].Kind = incidents[3].Kind == IncidentKind.Arson ? IncidentKind.Other : IncidentKind.Arson;
            incidents[4].OccurredAt = incidents[4].OccurredAt.AddHours(5);                // maybe into another hour and day
            incidents[5].ChangeStatus(IncidentStatus.Resolved, incidents[5].OccurredAt.AddDays(1)); // no cell changes
            db.Incidents.Remove(incidents[6]);
            db.Incidents.Remove(incidents[7]);
            await db.SaveChangesAsync();
        }
        await Data.IncidentAsync(Local(2024, 2, 29, 23, 30), "00688", IncidentKind.CableTheft);

        Assert.Equal(await RebuiltAsync(Db), await StoredAsync(Db));
        await AssertEveryCellAsync(Windows);
    }

    [Fact]
    public async Task Migration_FillsTheRollupsOfIncidentsAlreadyInTheFile()
    {
        await SeedAsync(new Random(3));
        await using (var db = Db.CreateDbContext())
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("IncidentHourOfWeek");                             // back to before the roll-ups…
            await migrator.MigrateAsync();                                                 // …and forward again
        }

        Assert.NotEmpty(await StoredAsync(Db));
        Assert.Equal(await RebuiltAsync(Db), await StoredAsync(Db));
        await AssertEveryCellAsync(Windows);
    }

    [Fact]
    public async Task BulkLoad_RebuildsTheRollups()
    {
        await using var demo = await DemoSeed.DemoAsync();

        Assert.NotEmpty(await StoredAsync(demo));
        Assert.Equal(await RebuiltAsync(demo), await StoredAsync(demo));
        var oracle = await Oracle.LoadAsync(demo);
        var heatmaps = new HeatmapService(demo, new LocalClock(demo.Time));
        foreach (var query in new FigureQuery[] { new(FigureData.Agreement2023), new(FigureData.Agreement2012), new(null, new(2020, 2, 5), new(2025, 8, 20)) })
        {
            foreach (var shape in Shapes)
            {
                var map = await heatmaps.ComputeAsync(query, shape, AreaLevel.District);
                AssertCells(oracle.Cells(map.Window, shape, AreaLevel.District), map, $"{query} {shape}");
            }
        }
    }

    private async Task AssertEveryCellAsync(IEnumerable<(string? Agreement, DateOnly? From, DateOnly? To, DateTime? AsOf)> windows)
    {
        var oracle = await Oracle.LoadAsync(Db);
        foreach (var (agreement, from, to, asOf) in windows)
        {
            foreach (var shape in Shapes)
            {
                foreach (var level in Levels)
                {
                    var map = await Heatmaps.ComputeAsync(QueryOf(agreement, from, to, asOf), shape, level);
                    var because = $"{agreement ?? "all"} [{map.Window.From}, {map.Window.To}) as of {map.Window.AsOf:O}, {shape} at {level}";
                    AssertCells(oracle.Cells(map.Window, shape, level), map, because);
                }
            }
        }
    }

    private static void AssertCells(Dictionary<(string Row, string Column), List<string>> expected, Heatmap map, string because)
    {
        if (map.Shape != HeatmapShape.WeekdayByHour)
        {
            Assert.True(expected.Keys.Select(k => k.Row).Distinct().Order(StringComparer.Ordinal).SequenceEqual(map.Rows), $"{because}: rows {string.Join(",", map.Rows)}");
        }
        for (var r = 0; r < map.Rows.Count; r++)
        {
            for (var c = 0; c < map.Columns.Count; c++)
            {
                var count = expected.TryGetValue((map.Rows[r], map.Columns[c]), out var codes) ? codes.Count : 0;
                Assert.True(count == map.Cells[r][c], $"{because}: {map.Rows[r]} × {map.Columns[c]} is {map.Cells[r][c]}, the incidents say {count}");
            }
        }
        Assert.Equal(expected.Values.Sum(v => v.Count), map.Cells.Sum(r => r.Sum()));
    }

    private static FigureQuery QueryOf(string? agreement, DateOnly? from, DateOnly? to, DateTime? asOf) =>
        new(agreement, from, to, asOf is { } a ? LocalClock.ToLocal(a) : null);

    private static Task<int> AreaIdAsync(DashboardDbContext db, string code) => db.Areas.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();

    private static async Task<List<string>> StoredAsync(IDbContextFactory<DashboardDbContext> dbs)
    {
        await using var db = await dbs.CreateDbContextAsync();
        return await RowsAsync(db);
    }

    /// <summary>What <see cref="HeatmapTotalWriter.RebuildSql"/> makes of the rows, rolled back afterwards.</summary>
    private static async Task<List<string>> RebuiltAsync(IDbContextFactory<DashboardDbContext> dbs)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync(HeatmapTotalWriter.RebuildSql);
        var rows = await RowsAsync(db);
        await transaction.RollbackAsync();
        return rows;
    }

    private static async Task<List<string>> RowsAsync(DashboardDbContext db) =>
    [
        .. (await db.HeatmapTotals.AsNoTracking().ToListAsync())
            .Select(t => $"{t.AgreementId} {t.Fact} {t.Span} {t.Period} {t.AreaId} {t.Kind} {t.HourOfWeek}: {t.Count}")
            .Concat((await db.HeatmapWeeks.AsNoTracking().ToListAsync()).Select(t => $"{t.AgreementId} {t.Week:yyyy-MM-dd} {t.AreaId}: {t.Count}"))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>
    /// A commune under Thành phố Hà Giang, a second province (Tuyên Quang) with a district, and incidents from November
    /// 2022 to July 2024 (some after the clock's now) in all of them and in the province itself, under the agreement in
    /// force, each saved on its own as the forms do: the roll-ups are kept by every save.
    /// </summary>
    private async Task SeedAsync(Random rng)
    {
        await using (var db = Db.CreateDbContext())
        {
            var tp = await db.Areas.SingleAsync(a => a.Code == "024");
            db.Areas.Add(new Area { Code = "00688", Name = "Phường Quang Trung", Level = AreaLevel.Commune, ParentId = tp.Id });
            var tq = new Area { Code = "08", Name = "Tuyên Quang", Level = AreaLevel.Province };
            db.Areas.Add(tq);
            await db.SaveChangesAsync();
            db.Areas.Add(new Area { Code = "070", Name = "Thành phố Tuyên Quang", Level = AreaLevel.District, ParentId = tq.Id });
            await db.SaveChangesAsync();
        }
        var start = Local(2022, 11, 1);
        for (var i = 0; i < 150; i++)
        {
            var occurred = start.AddMinutes(rng.Next(0, 60 * 24 * 620));
            await Data.IncidentAsync(occurred, AreaCodes[rng.Next(AreaCodes.Length)], (IncidentKind)rng.Next(9),
                agreement: occurred < Local(2023, 10, 29) ? FigureData.Agreement2012 : FigureData.Agreement2023);
        }
        // On the edges of a local month, week and year, where UTC and local time disagree.
        await Data.IncidentAsync(Local(2024, 3, 1, 0, 30), "024");
        await Data.IncidentAsync(Local(2024, 3, 31, 23, 59), "027");
        await Data.IncidentAsync(Local(2024, 1, 1, 0, 10), "00688");
        await Data.IncidentAsync(Local(2024, 6, 10, 0, 0), "070");
    }

    /// <summary>The heat maps of SPEC §3 counted one incident at a time, in memory, from every incident and area in the file.</summary>
    private sealed class Oracle(List<Oracle.Row> incidents, Dictionary<int, Area> areas)
    {
        public sealed record Row(string Code, int AgreementId, DateTime OccurredAt, int AreaId, IncidentKind Kind);

        public static async Task<Oracle> LoadAsync(IDbContextFactory<DashboardDbContext> dbs)
        {
            await using var db = await dbs.CreateDbContextAsync();
            var rows = await db.Incidents.AsNoTracking().Select(i => new Row(i.Code, i.AgreementId, i.OccurredAt, i.AreaId, i.Kind)).ToListAsync();
            return new Oracle(rows, await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id));
        }

        /// <summary>(row, column) → the codes of the incidents in that cell.</summary>
        public Dictionary<(string Row, string Column), List<string>> Cells(FigureWindow w, HeatmapShape shape, AreaLevel? level)
        {
            var cells = new Dictionary<(string, string), List<string>>();
            foreach (var i in incidents.Where(i => w.AgreementIds.Contains(i.AgreementId)
                && i.OccurredAt >= w.FromUtc && i.OccurredAt < w.ToUtc && i.OccurredAt <= w.AsOfUtc))
            {
                var local = LocalClock.ToLocal(i.OccurredAt).DateTime;
                var area = Rolled(areas[i.AreaId], level).Code;
                var key = shape switch
                {
                    HeatmapShape.AreaByWeek => (area, $"{ISOWeek.GetYear(local):D4}-W{ISOWeek.GetWeekOfYear(local):D2}"),
                    HeatmapShape.AreaByMonth => (area, local.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
                    HeatmapShape.AreaByKind => (area, i.Kind.ToString()),
                    _ => (local.DayOfWeek.ToString()[..3], local.Hour.ToString(CultureInfo.InvariantCulture)),
                };
                (cells.TryGetValue(key, out var codes) ? codes : cells[key] = []).Add(i.Code);
            }
            return cells;
        }

        private Area Rolled(Area area, AreaLevel? level) => level switch
        {
            AreaLevel.District when area is { Level: AreaLevel.Commune, ParentId: { } parent } => areas[parent],
            AreaLevel.Province when area.Level != AreaLevel.Province && area.ParentId is { } parent => Rolled(areas[parent], level),
            _ => area,
        };
    }
}
