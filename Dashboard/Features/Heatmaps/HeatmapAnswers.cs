using System.Text.Json;
using Dashboard.Features.Kpis;

namespace Dashboard.Features.Heatmaps;

/// <summary>Text inputs → parsed → computed → JSON (SPEC §5.2): the one path behind GET /api/heatmap and the `heatmap` verb.</summary>
public sealed class HeatmapAnswers(HeatmapService heatmaps)
{
    public Task<FiguresAnswer> HeatmapAsync(FigureArgs args, CancellationToken ct = default) =>
        FiguresAnswers.AnswerAsync(async () =>
        {
            var query = FigureInput.Parse(args);
            var shape = HeatmapInput.Shape(args.Shape);
            return Serialize(await heatmaps.ComputeAsync(query, shape, ct));
        });

    /// <summary>With the figures' serializer setup (<see cref="FiguresJson.Options"/>).</summary>
    public static string Serialize(Heatmap heatmap) => JsonSerializer.Serialize(
        new HeatmapJson(JsonNamingPolicy.CamelCase.ConvertName(heatmap.Shape.ToString()), heatmap.Rows, heatmap.Columns, heatmap.Cells),
        FiguresJson.Options);

    internal sealed record HeatmapJson(string Shape, IReadOnlyList<string> Rows, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<int>> Cells);
}
