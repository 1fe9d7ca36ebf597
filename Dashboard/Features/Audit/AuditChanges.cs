using System.Text.Json;

namespace Dashboard.Features.Audit;

/// <summary>Reads the JSON of an audit entry's field changes for display.</summary>
public static class AuditChanges
{
    public sealed record Change(string Field, string? Old, string? New);

    public static IReadOnlyList<Change> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json) || !json.StartsWith('{'))
        {
            return [];
        }
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.EnumerateObject()
                .Select(p => p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() == 2
                    ? new Change(p.Name, Text(p.Value[0]), Text(p.Value[1]))
                    : new Change(p.Name, null, Text(p.Value)))
                .ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => e.GetString(),
        _ => e.GetRawText(),
    };
}
