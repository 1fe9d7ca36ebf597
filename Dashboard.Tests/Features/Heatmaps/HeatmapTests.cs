using Dashboard.Features.Heatmaps;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis;
using Dashboard.Infrastructure.Time;
using Dashboard.Tests.Features.Kpis;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Tests.Features.Heatmaps;

public class HeatmapTests : FiguresFixture
{
    // Sunday 03/03/2024 23:30 local is 16:30 UTC the same day; Monday 04/03 00:30 local is still Sunday in UTC.
    private static readonly DateTime SundayNight = Local(2024, 3, 3, 23, 30);
    private static readonly DateTime MondayAfterMidnight = Local(2024, 3, 4, 0, 30);

    private HeatmapService Heatmaps => new(Db, new LocalClock(Db.Time));

    [Fact]
    public async Task WeekdayByHour_BucketsInLocalTime()
    {
        await Data.IncidentAsync(SundayNight);
        await Data.IncidentAsync(MondayAfterMidnight);
        await Data.IncidentAsync(MondayAfterMidnight.AddDays(7));

        var map = await Heatmaps.ComputeAsync(Query(new(2024, 3, 1), new(2024, 4, 1), Local(2024, 5, 1)), HeatmapShape.WeekdayByHour);

        Assert.Equal(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], map.Rows);
        Assert.Equal(Enumerable.Range(0, 24).Select(h => h.ToString(System.Globalization.CultureInfo.InvariantCulture)), map.Columns);
        Assert.Equal(1, map.Cells[6][23]);
        Assert.Equal(2, map.Cells[0][0]);
        Assert.Equal(3, map.Cells.Sum(r => r.Sum()));
    }

    [Fact]
    public async Task Migration_FillsTheWeekdayAndHourOfIncidentsAlreadyInTheFile()
    {
        await Data.IncidentAsync(SundayNight);
        await Data.IncidentAsync(MondayAfterMidnight);
        await Data.IncidentAsync(Local(2024, 3, 6, 13, 59));
        var query = Query(new(2024, 3, 1), new(2024, 4, 1), Local(2024, 5, 1));
        await using (var db = Db.CreateDbContext())
        {
            var migrator = db.GetService<IMigrator>();
            if (OnSqlite)
            {
                await migrator.MigrateAsync("IncidentWeek");                  // back to before the stored weekday × hour…
            }
            await migrator.MigrateAsync();                                    // …and forward again: the migration fills it (PostgreSQL's first has it)
        }

        var map = await Heatmaps.ComputeAsync(query, HeatmapShape.WeekdayByHour);

        Assert.Equal(1, map.Cells[6][23]);
        Assert.Equal(1, map.Cells[0][0]);
        Assert.Equal(1, map.Cells[2][13]);
        Assert.Equal(3, map.Cells.Sum(r => r.Sum()));
        var drilled = await Heatmaps.IncidentsInCellAsync(query, HeatmapShape.WeekdayByHour, "Wed", "13");
        Assert.Equal(Local(2024, 3, 6, 13, 59), LocalClock.ToUtc(drilled.Single().OccurredAt.DateTime));
    }

    [Fact]
    public async Task AreaByWeek_UsesIsoWeeksFromLocalMonday_ZeroFilled()
    {
        await Data.IncidentAsync(SundayNight, "027");
        await Data.IncidentAsync(MondayAfterMidnight, "024");
        await Data.IncidentAsync(Local(2024, 3, 10, 12), "024");
        await Data.IncidentAsync(Local(2024, 3, 20), "030");                  // after the window
        await Data.IncidentAsync(Local(2024, 2, 26), "031");                  // before the window

        var map = await Heatmaps.ComputeAsync(Query(new(2024, 2, 28), new(2024, 3, 19), Local(2024, 5, 1)), HeatmapShape.AreaByWeek);

        Assert.Equal(["024", "027"], map.Rows);
        Assert.Equal(["2024-W09", "2024-W10", "2024-W11", "2024-W12"], map.Columns);
        Assert.Equal([0, 2, 0, 0], map.Cells[0]);
        Assert.Equal([1, 0, 0, 0], map.Cells[1]);
    }

    [Fact]
    public async Task AreaByWeek_NamesWeeksByTheirIsoYear()
    {
        await Data.IncidentAsync(Local(2024, 12, 31, 10));

        var map = await Heatmaps.ComputeAsync(Query(new(2024, 12, 20), new(2025, 1, 3), Local(2025, 2, 1)), HeatmapShape.AreaByWeek);

        Assert.Equal(["2024-W51", "2024-W52", "2025-W01"], map.Columns);
        Assert.Equal([0, 0, 1], map.Cells[0]);
    }

    [Fact]
    public async Task AreaByMonth_UsesLocalMonths_AndOnlyEventsUpToAsOf()
    {
        await Data.IncidentAsync(Local(2024, 3, 1, 0, 30), "024");   // 29/02 in UTC, March locally
        await Data.IncidentAsync(Local(2024, 2, 29, 23, 30), "024");
        await Data.IncidentAsync(Local(2024, 4, 2), "026");          // after asOf

        var map = await Heatmaps.ComputeAsync(Query(new(2024, 2, 1), new(2024, 5, 1), Local(2024, 4, 1)), HeatmapShape.AreaByMonth);

        Assert.Equal(["024"], map.Rows);
        Assert.Equal(["2024-02", "2024-03", "2024-04"], map.Columns);
        Assert.Equal([1, 1, 0], map.Cells[0]);
    }

    [Fact]
    public async Task AreaByKind_HasEveryKindAsAColumn()
    {
        await Data.IncidentAsync(Local(2024, 3, 5), "032", IncidentKind.Arson);
        await Data.IncidentAsync(Local(2024, 3, 6), "032", IncidentKind.Arson);
        await Data.IncidentAsync(Local(2024, 3, 6), "024", IncidentKind.Other);

        var map = await Heatmaps.ComputeAsync(Query(new(2024, 3, 1), new(2024, 4, 1), Local(2024, 5, 1)), HeatmapShape.AreaByKind);

        Assert.Equal(Enum.GetNames<IncidentKind>(), map.Columns);
        Assert.Equal(["024", "032"], map.Rows);
        Assert.Equal(2, map.Cells[1][(int)IncidentKind.Arson]);
        Assert.Equal(1, map.Cells[0][(int)IncidentKind.Other]);
    }

    [Fact]
    public async Task Cells_DrillDownToTheirIncidents()
    {
        var sunday = await Data.IncidentAsync(SundayNight, "027");
        var monday = await Data.IncidentAsync(MondayAfterMidnight, "027", IncidentKind.Arson);
        await Data.IncidentAsync(MondayAfterMidnight.AddHours(1), "024");
        var query = Query(new(2024, 3, 1), new(2024, 4, 1), Local(2024, 5, 1));

        var byHour = await Heatmaps.IncidentsInCellAsync(query, HeatmapShape.WeekdayByHour, "Sun", "23");
        var byWeek = await Heatmaps.IncidentsInCellAsync(query, HeatmapShape.AreaByWeek, "027", "2024-W10");
        var byMonth = await Heatmaps.IncidentsInCellAsync(query, HeatmapShape.AreaByMonth, "027", "2024-03");
        var byKind = await Heatmaps.IncidentsInCellAsync(query, HeatmapShape.AreaByKind, "027", "Arson");

        Assert.Equal([sunday.Code], byHour.Select(i => i.Code));
        Assert.Equal(new DateTimeOffset(2024, 3, 3, 23, 30, 0, LocalClock.Offset), byHour[0].OccurredAt);
        Assert.Equal([monday.Code], byWeek.Select(i => i.Code));
        Assert.Equal([sunday.Code, monday.Code], byMonth.Select(i => i.Code));
        Assert.Equal([monday.Code], byKind.Select(i => i.Code));
        await Assert.ThrowsAsync<FigureQueryException>(() => Heatmaps.IncidentsInCellAsync(query, HeatmapShape.AreaByWeek, "027", "2024-W30"));
    }
}
