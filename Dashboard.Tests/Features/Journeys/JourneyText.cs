using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Dashboard.Tests.Features.Journeys;

/// <summary>Reads the figures a user sees, as numbers.</summary>
internal static class JourneyText
{
    /// <summary>A count shown with Vietnamese thousands separators ("1.234").</summary>
    public static async Task<int> CountAsync(ILocator figure) =>
        int.Parse((await figure.TextContentAsync())!.Trim().Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    /// <summary>The count captured by the first group of <paramref name="pattern"/> in the text of <paramref name="element"/>.</summary>
    public static async Task<int> CountAsync(ILocator element, Regex pattern) =>
        int.Parse(pattern.Match((await element.TextContentAsync())!).Groups[1].Value.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    /// <summary>The count as the page would show it.</summary>
    public static string Shown(int count) => count.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"));
}
