using Dashboard.Features.Commendations;
using Dashboard.Features.Heatmaps;

namespace Dashboard.Features.Kpis;

public static class FiguresRegistration
{
    /// <summary>The figures, heat maps and commendation weights; stateless, each call opens its own short-lived context.</summary>
    public static IServiceCollection AddFigures(this IServiceCollection services)
    {
        services.AddSingleton<FiguresService>();
        services.AddSingleton<HeatmapService>();
        services.AddSingleton<FiguresAnswers>();
        services.AddSingleton<CommendationWeightsStore>();
        return services;
    }
}
