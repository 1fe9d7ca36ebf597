using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Features.Requests;

/// <summary>A request filter as a query string, so the export downloads exactly the list on screen.</summary>
public static class RequestFilterQuery
{
    public static string ToQuery(RequestFilter f)
    {
        var q = new Dictionary<string, string?>
        {
            ["agreement"] = f.AgreementId?.ToString(CultureInfo.InvariantCulture),
            ["text"] = f.Text,
            ["status"] = f.Status?.ToString(),
            ["priority"] = f.Priority?.ToString(),
            ["unit"] = f.RequestingUnitId?.ToString(CultureInfo.InvariantCulture),
            ["assignee"] = f.AssignedToId?.ToString(CultureInfo.InvariantCulture),
            ["receivedFrom"] = f.ReceivedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["receivedTo"] = f.ReceivedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["dueFrom"] = f.DueFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["dueTo"] = f.DueTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["due"] = f.Due?.ToString(),
            ["sort"] = f.SortBy,
            ["desc"] = f.Descending ? null : "false",
        };
        return QueryHelpers.AddQueryString("", q.Where(kv => !string.IsNullOrEmpty(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value));
    }

    public static RequestFilter Parse(IQueryCollection q) => new()
    {
        AgreementId = Int(q["agreement"]),
        Text = Text(q["text"]),
        Status = Enum.TryParse<RequestStatus>(q["status"], out var s) ? s : null,
        Priority = Enum.TryParse<RequestPriority>(q["priority"], out var p) ? p : null,
        RequestingUnitId = Int(q["unit"]),
        AssignedToId = Int(q["assignee"]),
        ReceivedFrom = Date(q["receivedFrom"]),
        ReceivedTo = Date(q["receivedTo"]),
        DueFrom = Date(q["dueFrom"]),
        DueTo = Date(q["dueTo"]),
        Due = Enum.TryParse<DueState>(q["due"], out var d) ? d : null,
        SortBy = Text(q["sort"]),
        Descending = q["desc"] != "false",
    };

    private static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static int? Int(string? s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;

    private static DateOnly? Date(string? s) => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
