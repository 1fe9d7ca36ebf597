using System.Globalization;
using Dashboard.Features.Audit;
using Dashboard.Infrastructure.Localization;
using Dashboard.Infrastructure.Time;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Features.Incidents;

public sealed partial class IncidentDetailPage
{
    [Parameter] public int Id { get; set; }

    [Inject] private IncidentDetails Details { get; set; } = default!;
    [Inject] private IncidentCommands Commands { get; set; } = default!;
    [Inject] private UserDb UserDb { get; set; } = default!;
    [Inject] private LocalClock Clock { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private IncidentDetail? _detail;
    private DateTime _loadedAt;
    private bool _missing;
    private List<string> _errors = [];
    private List<BreadcrumbItem> _crumbs = [];

    private string Coordinates => _detail?.Incident is { Latitude: { } lat, Longitude: { } lng }
        ? $"{lat.ToString("0.000000", CultureInfo.InvariantCulture)}, {lng.ToString("0.000000", CultureInfo.InvariantCulture)}"
        : L["Common_None"];

    private string AreaRetired => _detail?.AreaRetiredAfter is { } last && last < Clock.Today
        ? " — " + L["Inc_Retired", Fmt.Date(last.AddDays(1))] : "";

    protected override async Task OnParametersSetAsync()
    {
        await ReloadAsync();
        if (_detail is not null)
        {
            await UserDb.RecordViewAsync(nameof(Incident), _detail.Incident.Code);
        }
    }

    private async Task ReloadAsync()
    {
        _loadedAt = Clock.UtcNow;
        _detail = await Details.LoadAsync(Id);
        _missing = _detail is null;
        _crumbs = [new(L["Inc_Title"], "/incidents"), new(_detail?.Incident.Code ?? "", null, disabled: true)];
    }

    private async Task ChangeStatusAsync(IncidentStatus status)
    {
        var result = await Commands.ChangeStatusAsync(Id, _detail!.Incident.Version, _loadedAt, status);
        _errors = [.. result.Errors];
        if (result.Ok)
        {
            Snackbar.Add(L["Req_StatusChanged", L["IncStatus_" + status]], Severity.Success);
            await ReloadAsync();
        }
    }

    /// <summary>A value of the history as a person reads it: names for ids, words for enums, ₫ for damage, local times.</summary>
    private string Show(string field, string? value) => value switch
    {
        null => AuditChanges.Display(null),
        _ when IncidentDetails.ReferenceFields.Contains(field) => _detail!.Names.GetValueOrDefault(field + ":" + value, value),
        _ when field == nameof(Incident.Kind) => L["IncKind_" + value],
        _ when field == nameof(Incident.Severity) => L["Severity_" + value],
        _ when field == nameof(Incident.Status) => L["IncStatus_" + value],
        _ when field == nameof(Incident.DamageVnd) && long.TryParse(value, CultureInfo.InvariantCulture, out var vnd) => Fmt.Vnd(vnd),
        _ => AuditChanges.Display(value),
    };
}
