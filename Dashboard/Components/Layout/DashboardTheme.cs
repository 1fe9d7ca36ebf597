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
            // Darker than MudBlazor's defaults so text and chips meet WCAG AA contrast (4.5:1) on white and in white.
            Success = "#1e7b34",
            Warning = "#9a5700",
            Error = "#b42318",
            Info = "#0b63a5",
            TextDisabled = "rgba(0,0,0,0.62)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Roboto", "Arial", "sans-serif"] },
        },
    };
}
