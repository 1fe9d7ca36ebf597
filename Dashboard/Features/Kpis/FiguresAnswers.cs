using Dashboard.Features.Heatmaps;

namespace Dashboard.Features.Kpis;

/// <summary>Either the JSON of SPEC §5.2 or, for bad input, a Vietnamese message (never both).</summary>
public sealed record FiguresAnswer(string? Json, string? Error);

/// <summary>Text inputs → parsed → computed → JSON: the one path behind GET /api/kpis, /api/heatmap and the verbs.</summary>
public sealed class FiguresAnswers(FiguresService figures, HeatmapService heatmaps)
{
    public Task<FiguresAnswer> KpisAsync(FigureArgs args, CancellationToken ct = default) =>
        AnswerAsync(async () => FiguresJson.Serialize(await figures.ComputeAsync(FigureInput.Parse(args), ct)));

    public Task<FiguresAnswer> HeatmapAsync(FigureArgs args, CancellationToken ct = default) =>
        AnswerAsync(async () =>
        {
            var query = FigureInput.Parse(args);
            var shape = FigureInput.Shape(args.Shape);
            return FiguresJson.Serialize(await heatmaps.ComputeAsync(query, shape, ct));
        });

    private static async Task<FiguresAnswer> AnswerAsync(Func<Task<string>> compute)
    {
        try
        {
            return new FiguresAnswer(await compute(), null);
        }
        catch (FigureQueryException e)
        {
            return new FiguresAnswer(null, e.Message);
        }
    }
}
