namespace Dashboard.Features.Heatmaps;

/// <summary>A colour-blind-safe sequential scale (viridis, 7 steps) with readable text on each step.</summary>
public static class HeatColors
{
    public static readonly string[] Steps = ["#fde725", "#90d743", "#35b779", "#21918c", "#31688e", "#443983", "#440154"];
    public const string Zero = "#f1f3f5";

    public static string Background(int value, int max) => value <= 0 || max <= 0 ? Zero : Steps[Step(value, max)];

    public static string Foreground(int value, int max) => value <= 0 || max <= 0 || Step(value, max) < 3 ? "#1b1b1b" : "#ffffff";

    private static int Step(int value, int max) => Math.Min(Steps.Length - 1, (int)Math.Ceiling((double)value / max * Steps.Length) - 1);
}
