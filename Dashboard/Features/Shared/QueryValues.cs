using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Features.Shared;

/// <summary>
/// A list filter as a query string and back, so the export downloads exactly the list on screen: the common fields
/// and the parsing every filter's query needs, culture-free.
/// </summary>
public static class QueryValues
{
    /// <summary>The common fields (agreement, text, sort, direction) followed by the feature's own; empty values left out.</summary>
    public static string ToQuery(ListFilter f, params (string Key, string? Value)[] fields)
    {
        var q = new Dictionary<string, string?>
        {
            ["agreement"] = f.AgreementId?.ToString(CultureInfo.InvariantCulture),
            ["text"] = f.Text,
        };
        foreach (var (key, value) in fields)
        {
            q[key] = value;
        }
        q["sort"] = f.SortBy;
        q["desc"] = f.Descending ? null : "false";
        return QueryHelpers.AddQueryString("", q.Where(kv => !string.IsNullOrEmpty(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value));
    }

    /// <summary>The common fields of <paramref name="filter"/> read from <paramref name="q"/>.</summary>
    public static TFilter WithCommon<TFilter>(TFilter filter, IQueryCollection q)
        where TFilter : ListFilter =>
        filter with
        {
            AgreementId = ParseId(q["agreement"]),
            Text = Text(q["text"]),
            SortBy = Text(q["sort"]),
            Descending = q["desc"] != "false",
        };

    public static string? Id(int? id) => id?.ToString(CultureInfo.InvariantCulture);

    public static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    public static int? ParseId(string? s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;

    public static TEnum? Enum<TEnum>(string? s)
        where TEnum : struct, System.Enum => System.Enum.TryParse<TEnum>(s, out var v) ? v : null;
}
