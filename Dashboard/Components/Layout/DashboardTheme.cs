using MudBlazor;

namespace Dashboard.Components.Layout;

internal static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b4f8a",
            Secondary = "#a4262c",
            AppbarBackground = "#0b4f8a",
            Background = "#f5f7fa",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Roboto", "Arial", "sans-serif"] },
        },
    };
}
