using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using ClosedXML.Excel;
using Dashboard.Features.Areas;
using Dashboard.Features.DemoData;
using Dashboard.Features.Heatmaps;
using Dashboard.Features.Identity;
using Dashboard.Features.Kpis;
using Dashboard.Infrastructure;
using Dashboard.Infrastructure.Security;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Features.Heatmaps;

/// <summary>The heat-map page over the demo data, on a fixed clock: Saturday 28/11/2026, 12:00 in Hà Giang.</summary>
public sealed class HeatmapsPageTests : MudTestContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.FromHours(7));
    /// <summary>What the page opens with: the agreement in force, from its first day to today, at the fixed instant.</summary>
    private static readonly FigureQuery Opening = new("QCPH-2023", AsOf: Now);
    private readonly CoreServices _core;

    public HeatmapsPageTests()
        : this(SeededCore())
    {
    }

    private HeatmapsPageTests(CoreServices core)
        : base(configure: services =>
        {
            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Dashboard"] = core.ConnectionString }).Build();
            services.AddLogging().AddDashboardCore(config);
            services.AddSingleton<TimeProvider>(new FixedTime(Now));
        }) => _core = core;

    private static CoreServices SeededCore()
    {
        var core = CoreServices.CreateAsync(new FixedTime(Now)).GetAwaiter().GetResult();
        core.Get<DemoDataGenerator>().SeedDemoAsync().GetAwaiter().GetResult();
        return core;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _core.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private HeatmapService Heatmaps => _core.Get<HeatmapService>();

    private IRenderedComponent<HeatmapsPage> RenderAs(string role)
    {
        Auth.SetAuthorized(role.ToLowerInvariant() + "@demo.local");
        Auth.SetRoles(role);
        if (role != Roles.Viewer)
        {
            Auth.SetPolicies(Policies.Sensitive);
        }
        var page = Render<HeatmapsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("table.heatmap td")), TimeSpan.FromSeconds(20));
        return page;
    }

    private static void Choose(IRenderedComponent<HeatmapsPage> page, string text) =>
        page.FindAll("button").First(b => b.TextContent.Trim() == text).Click();

    /// <summary>The grid as the page drew it: row keys, column keys and the count of every cell.</summary>
    private static (List<string> Rows, List<string> Columns, int[][] Cells) Grid(IRenderedComponent<HeatmapsPage> page)
    {
        var rows = page.FindAll("table.heatmap tbody tr");
        var cells = rows.Select(r => r.QuerySelectorAll("td").Select(td => int.Parse(td.GetAttribute("data-count")!, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var rowKeys = rows.Select(r => r.QuerySelector("td")!.GetAttribute("data-row")!).ToList();
        var columnKeys = rows[0].QuerySelectorAll("td").Select(td => td.GetAttribute("data-col")!).ToList();
        return (rowKeys, columnKeys, cells);
    }

    private static void AssertSame(Heatmap expected, (List<string> Rows, List<string> Columns, int[][] Cells) drawn)
    {
        Assert.Equal(expected.Rows, drawn.Rows);
        Assert.Equal(expected.Columns, drawn.Columns);
        for (var r = 0; r < expected.Rows.Count; r++)
        {
            Assert.Equal(expected.Cells[r], drawn.Cells[r]);
        }
    }

    [Theory]
    [InlineData(HeatmapShape.AreaByWeek, null)]
    [InlineData(HeatmapShape.AreaByMonth, "Khu vực × tháng")]
    [InlineData(HeatmapShape.WeekdayByHour, "Thứ × giờ")]
    [InlineData(HeatmapShape.AreaByKind, "Khu vực × loại vụ việc")]
    public async Task EveryCell_EqualsTheService(HeatmapShape shape, string? button)
    {
        var expected = await Heatmaps.ComputeAsync(Opening, shape, shape == HeatmapShape.WeekdayByHour ? null : AreaLevel.District);
        Assert.True(expected.Cells.Sum(r => r.Sum()) > 50, "the demo data should fill the map");
        var page = RenderAs(Roles.Viewer);
        if (button is not null)
        {
            Choose(page, button);
        }

        page.WaitForAssertion(() => AssertSame(expected, Grid(page)));
        Assert.Contains("Từ 29/10/2023 đến 28/11/2026", page.Markup);
    }

    [Fact]
    public async Task ProvinceLevel_ShowsOneRowThatSumsTheDistricts()
    {
        var districts = await Heatmaps.ComputeAsync(Opening, HeatmapShape.AreaByMonth, AreaLevel.District);
        var page = RenderAs(Roles.Leader);
        Choose(page, "Khu vực × tháng");
        Choose(page, "Tỉnh");

        page.WaitForAssertion(() => Assert.Equal(["02"], Grid(page).Rows));
        var sums = Enumerable.Range(0, districts.Columns.Count).Select(c => districts.Cells.Sum(r => r[c]));
        Assert.Equal(sums, Grid(page).Cells[0]);
        Assert.Equal("Hà Giang", page.Find("table.heatmap tbody th.row-label").TextContent);
    }

    [Fact]
    public async Task ClickOnACell_ListsExactlyItsIncidents_AsTextToAViewer()
    {
        var page = RenderAs(Roles.Viewer);
        var busiest = page.FindAll("table.heatmap td").MaxBy(Count)!;
        var (row, column, count) = (busiest.GetAttribute("data-row")!, busiest.GetAttribute("data-col")!, Count(busiest));
        var expected = await Heatmaps.IncidentsInCellAsync(Opening, HeatmapShape.AreaByWeek, row, column, AreaLevel.District);

        busiest.Click();

        page.WaitForAssertion(() => Assert.Equal(count, page.FindAll("#heatmap-drilldown tbody tr").Count));
        Assert.Equal(expected.Select(i => i.Code), page.FindAll("#heatmap-drilldown td.incident-code").Select(td => td.TextContent.Trim()));
        Assert.Empty(page.FindAll("#heatmap-drilldown td.incident-code a"));
        Assert.Contains(expected[0].OccurredAt.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture), page.Find("#heatmap-drilldown").TextContent);
    }

    [Fact]
    public async Task ClickOnAWeekdayHourCell_LinksTheIncidents_ForALeader()
    {
        var page = RenderAs(Roles.Leader);
        Choose(page, "Thứ × giờ");
        page.WaitForAssertion(() => Assert.Equal(7, page.FindAll("table.heatmap tbody tr").Count));
        var cell = page.FindAll("table.heatmap td").Where(td => Count(td) > 0).MinBy(Count)!;
        var expected = await Heatmaps.IncidentsInCellAsync(Opening, HeatmapShape.WeekdayByHour, cell.GetAttribute("data-row")!, cell.GetAttribute("data-col")!);

        cell.Click();

        page.WaitForAssertion(() => Assert.Equal(expected.Select(i => $"/incidents/{i.Id}"),
            page.FindAll("#heatmap-drilldown td.incident-code a").Select(a => a.GetAttribute("href"))));
        Assert.Equal(Count(cell), expected.Count);
    }

    [Fact]
    public async Task Watchlist_OnThePage_ListsTheServiceRows_ForTheNChosen()
    {
        var watchlist = _core.Get<WatchlistService>();
        var three = await watchlist.ComputeAsync("QCPH-2023", 3, AreaLevel.District, Now);
        var one = await watchlist.ComputeAsync("QCPH-2023", 1, AreaLevel.District, Now);
        var page = RenderAs(Roles.Viewer);
        page.WaitForAssertion(() => Assert.Equal(three.Select(r => r.AreaCode), page.FindAll("#watchlist tbody tr").Select(tr => tr.GetAttribute("data-area"))));

        page.Find("#watchlist input").Change("1");

        Assert.True(one.Count > three.Count, "N = 1 lists more areas than N = 3");
        Assert.True(one.Zip(one.Skip(1)).All(p => p.First.Hits >= p.Second.Hits), "most hits first");
        page.WaitForAssertion(() => Assert.Equal(one.Select(r => r.AreaCode), page.FindAll("#watchlist tbody tr").Select(tr => tr.GetAttribute("data-area"))));
        Assert.Equal(one.Select(r => r.Hits.ToString(CultureInfo.InvariantCulture)), page.FindAll("#watchlist td[data-hits]").Select(td => td.TextContent));
        Assert.Contains(Dashboard.Infrastructure.Localization.Fmt.Vnd(one[0].DamageVnd), page.Find("#watchlist").TextContent);
    }

    [Theory]
    [InlineData(HeatmapShape.AreaByWeek)]
    [InlineData(HeatmapShape.WeekdayByHour)]
    public async Task Export_CellsEqualTheGrid_UnderAColourScale(HeatmapShape shape)
    {
        var level = shape == HeatmapShape.WeekdayByHour ? (AreaLevel?)null : AreaLevel.District;
        var map = await Heatmaps.ComputeAsync(Opening, shape, level);

        var (bytes, _) = await _core.Get<HeatmapExport>().BuildAsync(Opening, shape, level);

        using var wb = new XLWorkbook(new MemoryStream(bytes));
        var ws = wb.Worksheet(1);
        var header = HeatmapExport.HeaderRow;
        for (var r = 0; r < map.Rows.Count; r++)
        {
            for (var c = 0; c < map.Columns.Count; c++)
            {
                Assert.Equal(map.Cells[r][c], ws.Cell(header + 1 + r, c + 2).GetValue<int>());
            }
        }
        Assert.True(ws.Cell(header + map.Rows.Count + 1, 2).IsEmpty());
        var scale = Assert.Single(ws.ConditionalFormats);
        Assert.Equal(XLConditionalFormatType.ColorScale, scale.ConditionalFormatType);
        Assert.Equal(3, scale.Colors.Count);
        Assert.Equal(ws.Range(header + 1, 2, header + map.Rows.Count, map.Columns.Count + 1).RangeAddress.ToString(), scale.Range.RangeAddress.ToString());
        Assert.Equal(XLPageOrientation.Landscape, ws.PageSetup.PageOrientation);
        Assert.Equal((header, 1), (ws.SheetView.SplitRow, ws.SheetView.SplitColumn));
        if (shape == HeatmapShape.WeekdayByHour)
        {
            Assert.Equal(["T2", "T3", "T4", "T5", "T6", "T7", "CN"], Enumerable.Range(header + 1, 7).Select(r => ws.Cell(r, 1).GetString()));
        }
        else
        {
            Assert.Equal("Thành phố Hà Giang", ws.Cell(header + 1, 1).GetString());
            Assert.Equal("Tuần 43/2023", ws.Cell(header, 2).GetString());
        }
    }

    private static int Count(IElement td) => int.Parse(td.GetAttribute("data-count")!, CultureInfo.InvariantCulture);
}
