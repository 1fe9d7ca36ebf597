using ClosedXML.Excel;
using Dashboard.Features.Areas;
using Dashboard.Features.Kpis;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Excel;
using Dashboard.Infrastructure.Localization;
using Dashboard.Infrastructure.Time;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Heatmaps;

/// <summary>A heat map as a workbook: a title that says what it covers, then the grid of <see cref="HeatmapSheet"/>.</summary>
public sealed class HeatmapExport(HeatmapService heatmaps, ReferenceLists lists, LocalClock clock, IStringLocalizer<SharedResource> l)
{
    public const int HeaderRow = 4;

    /// <summary>Throws <see cref="FigureQueryException"/> for inputs the heat map cannot be drawn for.</summary>
    public async Task<(byte[] Bytes, Heatmap Map)> BuildAsync(FigureQuery query, HeatmapShape shape, AreaLevel? level, CancellationToken ct = default)
    {
        var map = await heatmaps.ComputeAsync(query, shape, level, ct);
        var text = new HeatmapText(l, await lists.AreasAsync(ct), clock.Today);
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet(l["Heat_Sheet"]);
        SheetWriter.Text(ws.Cell(1, 1), $"{l["Heat_Title"]} — {l["Heat_Shape_" + shape]}");
        ws.Cell(1, 1).Style.Font.Bold = true;
        ws.Cell(1, 1).Style.Font.FontSize = 14;
        var w = map.Window;
        var scope = $"{w.AgreementCode ?? l["Ov_AllAgreements"]} · {l["Ov_Window", Fmt.Date(w.From), Fmt.Date(w.To.AddDays(-1))]}";
        if (shape != HeatmapShape.WeekdayByHour && level is { } lv)
        {
            scope += $" · {l["Heat_Level"]}: {l["Heat_Level_" + lv]}";
        }
        SheetWriter.Text(ws.Cell(2, 1), scope);
        SheetWriter.Text(ws.Cell(3, 1), l["Heat_Generated", Fmt.DateTime(clock.UtcNow), Fmt.Number(map.Cells.Sum(r => (long)r.Sum()))]);
        HeatmapSheet.Write(ws, HeaderRow, map, text);
        using var stream = new MemoryStream();
        wb.SaveAs(stream);
        return (stream.ToArray(), map);
    }
}
