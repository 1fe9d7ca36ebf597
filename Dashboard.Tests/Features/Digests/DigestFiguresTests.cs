using ClosedXML.Excel;
using Dashboard.Features.DemoData;
using Dashboard.Features.Digests;
using Dashboard.Features.Digests.Workbook;
using Dashboard.Features.Heatmaps;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using KpiSet = Dashboard.Features.Kpis.Kpis;

namespace Dashboard.Tests.Features.Digests;

/// <summary>The digest over the demo data, against the figures engine asked the same questions.</summary>
public sealed class DigestFiguresTests : IAsyncLifetime
{
    private static readonly IsoWeek Week = new(2026, 47);
    private DigestHarness _h = null!;

    public async Task InitializeAsync()
    {
        _h = await DigestHarness.CreateAsync();
        await new DemoDataGenerator(_h.Db, new LocalClock(_h.Time)).SeedDemoAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private DigestContentLoader Loader => _h.Services.GetRequiredService<DigestContentLoader>();

    /// <summary>The summary lines read straight from the engine's own result, independently of the digest's mapping.</summary>
    private static readonly Dictionary<string, Func<KpiSet, double?>> FromEngine = new()
    {
        ["Digest_M_RequestsOpen"] = k => k.Requests.Open,
        ["Digest_M_RequestsOverdue"] = k => k.Requests.Overdue,
        ["Digest_M_RequestsDueWithin24h"] = k => k.Requests.DueWithin24h,
        ["Digest_M_RequestsReceived"] = k => k.Requests.Received,
        ["Digest_M_RequestsAnswered"] = k => k.Requests.Answered,
        ["Digest_M_RequestsAnsweredOnTime"] = k => k.Requests.AnsweredOnTime,
        ["Digest_M_OnTimeRate"] = k => Round(k.Requests.OnTimeRate, 4),
        ["Digest_M_TurnaroundMedian"] = k => Round(k.Requests.TurnaroundHoursMedian, 1),
        ["Digest_M_TurnaroundP90"] = k => Round(k.Requests.TurnaroundHoursP90, 1),
        ["Digest_M_Verifications"] = k => k.Verifications.Total,
        ["Digest_M_IncidentsOccurred"] = k => k.Incidents.Occurred,
        ["Digest_M_IncidentsResolved"] = k => k.Incidents.Resolved,
        ["Digest_M_ResolutionRate"] = k => Round(k.Incidents.ResolutionRate, 4),
        ["Digest_M_MeanHoursToResolve"] = k => Round(k.Incidents.MeanHoursToResolve, 1),
        ["Digest_M_IncidentsOpen"] = k => k.Incidents.Open,
        ["Digest_M_OutageMinutes"] = k => k.Incidents.OutageMinutes,
        ["Digest_M_SubscribersAffected"] = k => k.Incidents.SubscribersAffected,
        ["Digest_M_DamageVnd"] = k => k.Incidents.DamageVnd,
    };

    private static double? Round(double? v, int digits) => v is { } x ? Math.Round(x, digits, MidpointRounding.AwayFromZero) : null;

    private static double? Cell(IXLCell cell) => cell.IsEmpty() ? null : cell.GetDouble();

    [Theory]
    [InlineData("2026-W47")]
    [InlineData("2025-W10")]
    [InlineData("2024-W20")]
    public async Task Workbook_ShowsTheFiguresEngineNumbers_ForTheSameInputs(string weekLabel)
    {
        Assert.True(IsoWeek.TryParse(weekLabel, out var parsed));
        var week = parsed.Value;
        var figures = _h.Services.GetRequiredService<FiguresService>();
        var asOf = Loader.AsOfFor(week);
        var thisWeek = await figures.ComputeAsync(new FigureQuery("QCPH-2023", week.Monday, week.End, asOf));
        var previousEnd = new DateTimeOffset(week.Monday.ToDateTime(TimeOnly.MinValue), LocalClock.Offset);
        var previous = await figures.ComputeAsync(new FigureQuery("QCPH-2023", week.Previous.Monday, week.Monday, previousEnd));
        var toDate = await figures.ComputeAsync(new FigureQuery("QCPH-2023", null, week.End, asOf));
        var heatmap = await _h.Services.GetRequiredService<HeatmapService>()
            .ComputeAsync(new FigureQuery("QCPH-2023", week.Monday.AddDays(-77), week.End, asOf), HeatmapShape.AreaByWeek);

        var content = await Loader.LoadAsync("QCPH-2023", week, DigestScope.Coordinator);
        using var workbook = new XLWorkbook(new MemoryStream(DigestWorkbook.Build(content, SampleDigest.Text("vi"))));

        Assert.True(toDate.Requests.Received > 0 && toDate.Incidents.Occurred > 0, "the demo data has figures to compare");
        Assert.True(heatmap.Cells.Sum(r => r.Sum()) > 0, "the demo data has incidents in the heat map");
        var summary = workbook.Worksheet("Tổng hợp");
        var row = SummarySheet.TableHeaderRow;
        foreach (var metric in DigestMetrics.All)
        {
            row++;
            var read = FromEngine[metric.Key];
            Assert.True(read(thisWeek) == Cell(summary.Cell(row, 2)), $"{metric.Key} this week");
            Assert.True(read(previous) == Cell(summary.Cell(row, 3)), $"{metric.Key} previous week");
            Assert.True(read(toDate) == Cell(summary.Cell(row, 5)), $"{metric.Key} to date");
        }

        var map = workbook.Worksheet("Bản đồ nhiệt");
        Assert.Equal(12, heatmap.Columns.Count);
        for (var r = 0; r < heatmap.Rows.Count; r++)
        {
            Assert.Equal(heatmap.Rows[r], map.Cell(4 + r, 1).GetString());
            for (var c = 0; c < heatmap.Columns.Count; c++)
            {
                Assert.Equal(heatmap.Cells[r][c], map.Cell(4 + r, 3 + c).GetDouble());
            }
        }

        var candidates = workbook.Worksheet("Đề xuất khen thưởng");
        Assert.Equal(toDate.CommendationCandidates.Select(c => c.PersonCode), Enumerable.Range(0, toDate.CommendationCandidates.Count).Select(i => candidates.Cell(4 + i, 2).GetString()));
        Assert.Equal(toDate.CommendationCandidates.Select(c => (double)Math.Round(c.Score, 2)), Enumerable.Range(0, toDate.CommendationCandidates.Count).Select(i => candidates.Cell(4 + i, 5).GetDouble()));

        var requests = workbook.Worksheet("Yêu cầu đang mở");
        // Column B holds the reference number (the "nothing to show" note sits in column A).
        var listed = requests.Column(2).CellsUsed().Count(c => c.Address.RowNumber > 3);
        Assert.Equal(thisWeek.Requests.Open, listed);
        Assert.Equal(thisWeek.Requests.Overdue, requests.Column(1).CellsUsed().Count(c => c.GetString() == "QUÁ HẠN"));
        var incidents = workbook.Worksheet("Vụ việc trong tuần");
        Assert.Equal(thisWeek.Incidents.Occurred, incidents.Column(2).CellsUsed().Count(c => c.Address.RowNumber > 3));
    }

    [Fact]
    public async Task LeadershipWorkbook_HoldsNoReferenceNumberOrSubject_InAnyCell()
    {
        var content = await Loader.LoadAsync("QCPH-2023", Week, DigestScope.Leadership);
        var coordinator = await Loader.LoadAsync("QCPH-2023", Week, DigestScope.Coordinator);
        using var workbook = new XLWorkbook(new MemoryStream(DigestWorkbook.Build(content, SampleDigest.Text("vi"))));
        await using var db = _h.Db.CreateDbContext();
        var secrets = (await db.Requests.Select(r => new[] { r.ReferenceNo, r.Subject }).ToListAsync()).SelectMany(x => x)
            .Concat(await db.Incidents.Where(i => i.CaseRef != null).Select(i => i.CaseRef).ToListAsync())
            .Concat(await db.Incidents.Where(i => i.Summary != null).Select(i => i.Summary).ToListAsync())
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(coordinator.OpenRequests);
        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).ToList();
        Assert.True(cells.Count > 50);
        Assert.DoesNotContain(cells, secrets.Contains);
        Assert.DoesNotContain(cells, c => coordinator.OpenRequests.Any(r => c.Contains(r.ReferenceNo, StringComparison.Ordinal)));
    }
}
