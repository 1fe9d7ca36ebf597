using System.Globalization;
using System.Resources;
using Dashboard.Infrastructure.Localization;

namespace Dashboard.Features.Kpis;

/// <summary>Messages about bad figure inputs (FigureMessages.resx). Always Vietnamese: the API and the verbs answer in the product's first language.</summary>
internal static class FigureMessages
{
    private static readonly ResourceManager Resources = new(typeof(FigureMessages));

    public static string Format(string name, params object?[] args) =>
        string.Format(Cultures.Vi, Resources.GetString(name, CultureInfo.InvariantCulture) ?? name, args);
}
