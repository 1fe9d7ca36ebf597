namespace Dashboard.Features.Kpis;

/// <summary>Either the JSON of SPEC §5.2 or, for bad input, a Vietnamese message (never both).</summary>
public sealed record FiguresAnswer(string? Json, string? Error);

/// <summary>Text inputs → parsed → computed → JSON: the one path behind GET /api/kpis and the `kpis` verb; the heat maps answer on the same path.</summary>
public sealed class FiguresAnswers(FiguresService figures)
{
    public Task<FiguresAnswer> KpisAsync(FigureArgs args, CancellationToken ct = default) =>
        AnswerAsync(async () => FiguresJson.Serialize(await figures.ComputeAsync(FigureInput.Parse(args), ct)));

    /// <summary>The JSON <paramref name="compute"/> makes, or the message of its <see cref="FigureQueryException"/>.</summary>
    internal static async Task<FiguresAnswer> AnswerAsync(Func<Task<string>> compute)
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
