using System.Globalization;
using Dashboard.Features.Audit;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Localization;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Features.Incidents;

/// <summary>An incident on the shared detail skeleton, with its place and the area's retirement.</summary>
public sealed partial class IncidentDetailPage
{
    [Inject] private IncidentDetails Details { get; set; } = default!;
    [Inject] private IncidentCommands Commands { get; set; } = default!;

    private string Coordinates => Detail?.Incident is { Latitude: { } lat, Longitude: { } lng }
        ? $"{lat.ToString("0.000000", CultureInfo.InvariantCulture)}, {lng.ToString("0.000000", CultureInfo.InvariantCulture)}"
        : L["Common_None"];

    private string AreaRetired => Detail?.AreaRetiredAfter is { } last && last < Clock.Today
        ? " — " + L["Inc_Retired", Fmt.Date(last.AddDays(1))] : "";

    protected override string ListUrl => "/incidents";

    protected override string ListTitle => L["Inc_Title"];

    protected override string Entity => nameof(Incident);

    protected override Task<IncidentDetail?> LoadAsync(int id) => Details.LoadAsync(id);

    protected override string NameOf(IncidentDetail detail) => detail.Incident.Code;

    protected override int VersionOf(IncidentDetail detail) => detail.Incident.Version;

    protected override Task<CommandResult> MoveAsync(int id, int version, DateTime loadedAt, IncidentStatus status) =>
        Commands.ChangeStatusAsync(id, version, loadedAt, status);

    protected override string StatusChangedMessage(IncidentStatus status) => L["Req_StatusChanged", L["IncStatus_" + status]];

    /// <summary>A value of the history as a person reads it: names for ids, words for enums, ₫ for damage, local times.</summary>
    private string Show(string field, string? value) => value switch
    {
        null => AuditChanges.Display(null),
        _ when IncidentDetails.ReferenceFields.Contains(field) => Detail!.Names.GetValueOrDefault(field + ":" + value, value),
        _ when field == nameof(Incident.Kind) => L["IncKind_" + value],
        _ when field == nameof(Incident.Severity) => L["Severity_" + value],
        _ when field == nameof(Incident.Status) => L["IncStatus_" + value],
        _ when field == nameof(Incident.DamageVnd) && long.TryParse(value, CultureInfo.InvariantCulture, out var vnd) => Fmt.Vnd(vnd),
        _ => AuditChanges.Display(value),
    };
}
