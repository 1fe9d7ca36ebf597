using Dashboard.Features.Areas;
using Dashboard.Features.Heatmaps;
using Dashboard.Features.Settings;
using Dashboard.Infrastructure.Time;
using Dashboard.Tests.Features.Kpis;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Features.Heatmaps;

/// <summary>Areas rolled up by level, and the repeat-hit watchlist, on crafted data (clock: 15/06/2024 12:00 local).</summary>
public class RollupAndWatchlistTests : FiguresFixture
{
    private HeatmapService Heatmaps => new(Db, new LocalClock(Db.Time));
    private WatchlistService Watchlist => new(Db, new LocalClock(Db.Time));

    private static int Row(Heatmap map, string row) => map.Rows.ToList().IndexOf(row);

    private static int Column(Heatmap map, string column) => map.Columns.ToList().IndexOf(column);

    /// <summary>A commune under Thành phố Hà Giang, and a second province (Tuyên Quang) with one district.</summary>
    private async Task AddTreeAsync()
    {
        await using var db = Db.CreateDbContext();
        var tp = await db.Areas.SingleAsync(a => a.Code == "024");
        db.Areas.Add(new Area { Code = "00688", Name = "Phường Quang Trung", Level = AreaLevel.Commune, ParentId = tp.Id });
        var tq = new Area { Code = "08", Name = "Tuyên Quang", Level = AreaLevel.Province };
        db.Areas.Add(tq);
        await db.SaveChangesAsync();
        db.Areas.Add(new Area { Code = "070", Name = "Thành phố Tuyên Quang", Level = AreaLevel.District, ParentId = tq.Id });
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData(HeatmapShape.AreaByWeek)]
    [InlineData(HeatmapShape.AreaByMonth)]
    [InlineData(HeatmapShape.AreaByKind)]
    public async Task ProvinceRows_AreTheSumsOfTheirDistricts(HeatmapShape shape)
    {
        await AddTreeAsync();
        await Data.IncidentAsync(Local(2024, 3, 4, 9), "024");
        await Data.IncidentAsync(Local(2024, 3, 5, 9), "00688");             // a commune: counts for 024, then for 02
        await Data.IncidentAsync(Local(2024, 3, 12, 9), "027", Dashboard.Features.Incidents.IncidentKind.Arson);
        await Data.IncidentAsync(Local(2024, 4, 2, 9), "035");
        await Data.IncidentAsync(Local(2024, 3, 6, 9), "070");
        await Data.IncidentAsync(Local(2024, 3, 7, 9), "02");                // recorded against the province itself
        var query = Query(new(2024, 3, 1), new(2024, 5, 1), Local(2024, 6, 1));

        var districts = await Heatmaps.ComputeAsync(query, shape, AreaLevel.District);
        var provinces = await Heatmaps.ComputeAsync(query, shape, AreaLevel.Province);

        Assert.Equal(["02", "024", "027", "035", "070"], districts.Rows);
        Assert.Equal(["02", "08"], provinces.Rows);
        Assert.Equal(districts.Columns, provinces.Columns);
        int[] SumOf(params string[] rows) => [.. Enumerable.Range(0, districts.Columns.Count)
            .Select(c => rows.Sum(r => districts.Cells[Row(districts, r)][c]))];
        Assert.Equal(SumOf("02", "024", "027", "035"), provinces.Cells[0]);
        Assert.Equal(SumOf("070"), provinces.Cells[1]);
        Assert.Equal(5, provinces.Cells[0].Sum());
        Assert.Equal(2, districts.Cells[Row(districts, "024")].Sum());
    }

    [Fact]
    public async Task ProvinceCell_DrillsDownToEveryIncidentOfItsDistricts()
    {
        await AddTreeAsync();
        var a = await Data.IncidentAsync(Local(2024, 3, 4, 9), "024");
        var b = await Data.IncidentAsync(Local(2024, 3, 5, 9), "00688");
        var c = await Data.IncidentAsync(Local(2024, 3, 6, 9), "027");
        await Data.IncidentAsync(Local(2024, 3, 6, 10), "070");
        var query = Query(new(2024, 3, 1), new(2024, 4, 1), Local(2024, 6, 1));

        var map = await Heatmaps.ComputeAsync(query, HeatmapShape.AreaByWeek, AreaLevel.Province);
        var cell = map.Cells[Row(map, "02")][Column(map, "2024-W10")];
        var listed = await Heatmaps.IncidentsInCellAsync(query, HeatmapShape.AreaByWeek, "02", "2024-W10", AreaLevel.Province);
        var district = await Heatmaps.IncidentsInCellAsync(query, HeatmapShape.AreaByWeek, "024", "2024-W10", AreaLevel.District);

        Assert.Equal(3, cell);
        Assert.Equal([a.Code, b.Code, c.Code], listed.Select(i => i.Code));
        Assert.Equal([a.Code, b.Code], district.Select(i => i.Code));
        Assert.Equal("00688", district[1].AreaCode);
    }

    [Fact]
    public async Task Watchlist_CountsThe90DaysUpToAsOf_AndKeepsAreasHitAtLeastNTimes()
    {
        var asOf = Now.UtcDateTime;
        var start = asOf - WatchlistService.Window;
        // 024: exactly three hits inside (the first a minute after the window opens, the last at asOf).
        await Data.IncidentAsync(start.AddMinutes(1), "024", outageMinutes: 30, subscribers: 100, damageVnd: 1_000_000);
        await Data.IncidentAsync(asOf.AddDays(-10), "024", outageMinutes: 45, subscribers: 250, damageVnd: 2_500_000);
        await Data.IncidentAsync(asOf, "024", outageMinutes: 5, subscribers: 0, damageVnd: 0);
        // 027: three, but one exactly 90 days before asOf (outside) and so two inside.
        await Data.IncidentAsync(start, "027");
        await Data.IncidentAsync(asOf.AddDays(-3), "027", damageVnd: 9_000_000);
        await Data.IncidentAsync(asOf.AddDays(-2), "027");
        // 030: two inside and one after asOf.
        await Data.IncidentAsync(asOf.AddDays(-5), "030");
        await Data.IncidentAsync(asOf.AddDays(-4), "030");
        await Data.IncidentAsync(asOf.AddMinutes(1), "030");

        var three = await Watchlist.ComputeAsync(FigureData.Agreement2023, 3, AreaLevel.District, Now);
        var two = await Watchlist.ComputeAsync(FigureData.Agreement2023, 2, AreaLevel.District, Now);
        var province = await Watchlist.ComputeAsync(FigureData.Agreement2023, 3, AreaLevel.Province, Now);

        var row = Assert.Single(three);
        Assert.Equal(new WatchlistRow("024", "Thành phố Hà Giang", null, 3, 80, 350, 3_500_000), row);
        Assert.Equal(["024", "027", "030"], two.Select(r => r.AreaCode));
        Assert.Equal([3, 2, 2], two.Select(r => r.Hits));
        Assert.Equal(new WatchlistRow("02", "Hà Giang", null, 7, 80, 350, 12_500_000), Assert.Single(province));
    }

    [Fact]
    public async Task Watchlist_TakesNFromTheSettings_OrThree()
    {
        Assert.Equal(3, await Watchlist.DefaultMinHitsAsync());
        await using (var db = Db.CreateDbContext())
        {
            db.Settings.Add(new Dashboard.Features.Settings.Setting { Key = WatchlistService.MinHitsKey, Value = "5" });
            await db.SaveChangesAsync();
        }

        Assert.Equal(5, await Watchlist.DefaultMinHitsAsync());
    }
}
