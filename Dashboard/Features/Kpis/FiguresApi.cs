namespace Dashboard.Features.Kpis;

/// <summary>GET /api/kpis and GET /api/heatmap (SPEC §5): query agreement, from, to, asOf (and shape); 400 with { "error" } on bad input.</summary>
public static class FiguresApi
{
    public static IEndpointRouteBuilder MapFiguresApi(this IEndpointRouteBuilder app)
    {
        // The one group every figures endpoint belongs to: the authentication of SPEC §5 is required here, once.
        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapGet("/kpis", async (string? agreement, string? from, string? to, string? asOf, FiguresAnswers answers, CancellationToken ct) =>
            ToResult(await answers.KpisAsync(new FigureArgs(agreement, from, to, asOf), ct)));
        api.MapGet("/heatmap", async (string? agreement, string? from, string? to, string? asOf, string? shape, FiguresAnswers answers, CancellationToken ct) =>
            ToResult(await answers.HeatmapAsync(new FigureArgs(agreement, from, to, asOf, shape), ct)));
        return app;
    }

    private static IResult ToResult(FiguresAnswer answer) => answer.Error is { } error
        ? Results.Json(new { error }, FiguresJson.Options, "application/problem+json", StatusCodes.Status400BadRequest)
        : Results.Text(answer.Json, "application/json; charset=utf-8");
}
