using Dashboard.Features.Areas;
using Dashboard.Features.Kpis;
using Dashboard.Features.Shared;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Features.Heatmaps;

public static class HeatmapsRegistration
{
    /// <summary>The heat maps' numbers (for the page, the export, the API, the verb and review mode) and the page's services.</summary>
    public static IServiceCollection AddHeatmaps(this IServiceCollection services)
    {
        services.AddSingleton<HeatmapService>();
        services.AddSingleton<HeatmapAnswers>();
        services.AddSingleton<WatchlistService>();
        services.AddSingleton<HeatmapExport>();
        services.TryAddSingleton<SharedFigures>();
        return services;
    }

    /// <summary>
    /// GET /heatmaps/export?agreement=&amp;from=&amp;to=&amp;shape=&amp;level= (every signed-in role, like the page: a heat map
    /// counts incidents and names areas, no request subject). Bad input: 400 with the Vietnamese message.
    /// </summary>
    public static IEndpointRouteBuilder MapHeatmaps(this IEndpointRouteBuilder app)
    {
        // GET /api/heatmap?agreement=&from=&to=&asOf=&shape= (SPEC §5), in the figures' API group.
        FiguresApi.Group(app).MapGet("/heatmap", async (string? agreement, string? from, string? to, string? asOf, string? shape, HeatmapAnswers answers, CancellationToken ct) =>
            FiguresApi.ToResult(await answers.HeatmapAsync(new FigureArgs(agreement, from, to, asOf, shape), ct)));
        app.MapGet("/heatmaps/export", async (string? agreement, string? from, string? to, string? shape, string? level,
            HeatmapExport export, CancellationToken ct) =>
        {
            try
            {
                var query = FigureInput.Parse(new FigureArgs(agreement, from, to));
                var (bytes, map) = await export.BuildAsync(query, HeatmapInput.Shape(shape), ParseLevel(level), ct);
                var name = $"ban-do-nhiet-{map.Window.AgreementCode ?? "tat-ca"}-{map.Window.From:yyyyMMdd}-{map.Window.To.AddDays(-1):yyyyMMdd}.xlsx";
                return XlsxDownload.File(bytes, name.ToLowerInvariant());
            }
            catch (FigureQueryException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
            }
        }).RequireAuthorization();
        return app;
    }

    /// <summary>Province or District (any case); blank = District, the level the page opens at.</summary>
    public static AreaLevel ParseLevel(string? text) =>
        string.IsNullOrWhiteSpace(text) ? AreaLevel.District
        : Enum.TryParse<AreaLevel>(text.Trim(), ignoreCase: true, out var level) && level != AreaLevel.Commune && Enum.IsDefined(level) ? level
        : throw new FigureQueryException(FigureMessages.Format("UnknownLevel", text));
}
