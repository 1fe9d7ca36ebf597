using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Features.Incidents;

/// <summary>An incident filter as a query string, so the export downloads exactly the list on screen.</summary>
public static class IncidentFilterQuery
{
    public static string ToQuery(IncidentFilter f)
    {
        var q = new Dictionary<string, string?>
        {
            ["agreement"] = f.AgreementId?.ToString(CultureInfo.InvariantCulture),
            ["text"] = f.Text,
            ["kind"] = f.Kind?.ToString(),
            ["severity"] = f.Severity?.ToString(),
            ["status"] = f.Status?.ToString(),
            ["area"] = f.AreaId?.ToString(CultureInfo.InvariantCulture),
            ["from"] = f.OccurredFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = f.OccurredTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["sort"] = f.SortBy,
            ["desc"] = f.Descending ? null : "false",
        };
        return QueryHelpers.AddQueryString("", q.Where(kv => !string.IsNullOrEmpty(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value));
    }

    public static IncidentFilter Parse(IQueryCollection q) => new()
    {
        AgreementId = Int(q["agreement"]),
        Text = Text(q["text"]),
        Kind = Enum.TryParse<IncidentKind>(q["kind"], out var k) ? k : null,
        Severity = Enum.TryParse<IncidentSeverity>(q["severity"], out var s) ? s : null,
        Status = Enum.TryParse<IncidentStatus>(q["status"], out var st) ? st : null,
        AreaId = Int(q["area"]),
        OccurredFrom = Date(q["from"]),
        OccurredTo = Date(q["to"]),
        SortBy = Text(q["sort"]),
        Descending = q["desc"] != "false",
    };

    private static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static int? Int(string? s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;

    private static DateOnly? Date(string? s) => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
