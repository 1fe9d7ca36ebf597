using System.Globalization;
using Dashboard.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Digests;

/// <summary>The shared strings in a recipient's language ("vi" or "en"), whatever the language of the thread that builds the digest.</summary>
public sealed class DigestText(IStringLocalizer<SharedResource> strings, string language)
{
    public string Language { get; } = language == "en" ? "en" : "vi";

    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(language == "en" ? Cultures.English : Cultures.Vietnamese);

    public string this[string key]
    {
        get
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = Culture;
            try
            {
                return strings[key];
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }
    }

    public string Format(string key, params object[] args) => string.Format(Culture, this[key], args);

    /// <summary>An enum value's label: key Digest_{Type}_{Value}.</summary>
    public string Of<T>(T value) where T : struct, Enum => this[$"Digest_{typeof(T).Name}_{value}"];

    /// <summary>dd/MM/yyyy – dd/MM/yyyy of a week.</summary>
    public static string Days(IsoWeek week) =>
        $"{week.Monday.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} – {week.Sunday.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
}
