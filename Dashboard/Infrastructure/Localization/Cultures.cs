using System.Globalization;

namespace Dashboard.Infrastructure.Localization;

/// <summary>Vietnamese first (vi-VN), English second (en-GB: dd/MM/yyyy dates as well).</summary>
public static class Cultures
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en-GB";

    public static readonly string[] Supported = [Vietnamese, English];

    public static CultureInfo Vi { get; } = CultureInfo.GetCultureInfo(Vietnamese);

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Normalize(string? culture) =>
        culture?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? English : Vietnamese;
}
