namespace Dashboard.Features.Kpis;

/// <summary>GET /api/kpis (SPEC §5; GET /api/heatmap is the heat maps', in the same group): query agreement, from, to, asOf; 400 with { "error" } on bad input.</summary>
public static class FiguresApi
{
    public static IEndpointRouteBuilder MapFiguresApi(this IEndpointRouteBuilder app)
    {
        Group(app).MapGet("/kpis", async (string? agreement, string? from, string? to, string? asOf, FiguresAnswers answers, CancellationToken ct) =>
            ToResult(await answers.KpisAsync(new FigureArgs(agreement, from, to, asOf), ct)));
        return app;
    }

    /// <summary>The one group every figures endpoint (here and the heat map's) belongs to: the authentication of SPEC §5 is required here, once.</summary>
    internal static RouteGroupBuilder Group(IEndpointRouteBuilder app) => app.MapGroup("/api").RequireAuthorization();

    internal static IResult ToResult(FiguresAnswer answer) => answer.Error is { } error
        ? Results.Json(new { error }, FiguresJson.Options, "application/problem+json", StatusCodes.Status400BadRequest)
        : Results.Text(answer.Json, "application/json; charset=utf-8");
}
