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
            return
            [
                .. doc.RootElement.EnumerateObject()
                    .Select(p => p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() == 2
                        ? new Change(p.Name, Text(p.Value[0]), Text(p.Value[1]))
                        : new Change(p.Name, null, Text(p.Value))),
            ];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>Resource keys of field names; "Entity.Field" where a name means something else in another entity (Code, Kind).</summary>
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["ReferenceNo"] = "Req_RefNo", ["Subject"] = "Req_Subject", ["Priority"] = "Req_Priority", ["Status"] = "Req_Status",
        ["ReceivedAt"] = "Req_Received", ["DueAt"] = "Req_Due", ["AssignedToId"] = "Req_Assignee", ["RequestingUnitId"] = "Req_Unit",
        ["RequestedById"] = "Req_RequestedBy", ["AnsweredAt"] = "Req_Answered", ["ClosedAt"] = "Req_Closed", ["AgreementId"] = "Req_Agreement",
        ["Incident.Code"] = "Inc_Code", ["Incident.Kind"] = "Inc_Kind", ["Incident.Summary"] = "Inc_Summary", ["Incident.ClosedAt"] = "Inc_Closed",
        ["AreaId"] = "Inc_Area", ["Latitude"] = "Inc_Latitude", ["Longitude"] = "Inc_Longitude", ["OccurredAt"] = "Inc_Occurred",
        ["ReportedAt"] = "Inc_Reported", ["Severity"] = "Inc_Severity", ["OutageMinutes"] = "Inc_Outage",
        ["SubscribersAffected"] = "Inc_Subscribers", ["DamageVnd"] = "Inc_Damage", ["LeadOfficerId"] = "Inc_LeadOfficer",
        ["TelecomContactId"] = "Inc_TelecomContact", ["CaseRef"] = "Inc_CaseRef", ["ResolvedAt"] = "Inc_Resolved",
    };

    /// <summary>A field's name in the user's language where the product has one.</summary>
    /// <param name="entity">The audited entity, for names that differ by entity; null: the general name.</param>
    public static string Label(Microsoft.Extensions.Localization.IStringLocalizer l, string field, string? entity = null) =>
        entity is not null && Labels.TryGetValue(entity + "." + field, out var specific) ? l[specific]
        : Labels.TryGetValue(field, out var key) ? l[key] : field;

    /// <summary>Stored UTC times shown in local time; other values as they are.</summary>
    public static string Display(string? value) =>
        value is null ? "∅"
        : value.Length >= 19 && value[4] == '-' && value[10] == 'T' && DateTime.TryParse(value, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var utc)
            ? Infrastructure.Localization.Fmt.DateTime(utc)
            : value;

    private static string? Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => e.GetString(),
        _ => e.GetRawText(),
    };
}
