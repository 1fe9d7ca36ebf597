using System.Globalization;
using System.Resources;
using Dashboard.Infrastructure.Localization;

namespace Dashboard.Infrastructure.Data;

/// <summary>
/// Messages about the database set-up, in Vietnamese then English on the next line: they are printed before any
/// request (and its culture) exists, to whoever starts the program.
/// </summary>
internal static class DatabaseMessages
{
    private static readonly ResourceManager Strings = new("Dashboard.Resources.SharedResource", typeof(SharedResource).Assembly);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(Cultures.English);

    public static string Format(string name, params object?[] args) =>
        string.Format(Cultures.Vi, Strings.GetString(name, Cultures.Vi) ?? name, args) + Environment.NewLine
        + string.Format(English, Strings.GetString(name, English) ?? name, args);
}
