using Dashboard.Features.Kpis;

namespace Dashboard.Features.Heatmaps;

/// <summary>A heat map's shape as text (GET /api/heatmap, the export, the verb), by name; the other inputs are <see cref="FigureInput"/>'s.</summary>
public static class HeatmapInput
{
    /// <summary>Throws <see cref="FigureQueryException"/> with a Vietnamese message for an unknown shape.</summary>
    public static HeatmapShape Shape(string? text)
    {
        foreach (var shape in Enum.GetValues<HeatmapShape>())
        {
            if (string.Equals(shape.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return shape;
            }
        }
        throw new FigureQueryException(FigureMessages.Format("UnknownShape", text ?? ""));
    }
}
