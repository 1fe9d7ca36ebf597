using Dashboard.Components.Forms;
using Dashboard.Features.Agreements;
using Dashboard.Features.People;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Time;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Features.Incidents;

public sealed partial class IncidentEditPage
{
    [Parameter] public int? Id { get; set; }

    [Inject] private IncidentDetails Details { get; set; } = default!;
    [Inject] private IncidentCommands Commands { get; set; } = default!;
    [Inject] private ReferenceLists Lists { get; set; } = default!;
    [Inject] private LocalClock Clock { get; set; } = default!;
    [Inject] private NavigationManager Nav { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private IncidentForm? _form;
    private List<Agreement> _agreements = [];
    private List<AreaChoice> _areas = [];
    private List<Choice> _police = [], _telecom = [];
    private List<string> _errors = [];
    private List<BreadcrumbItem> _crumbs = [];
    private DateOnly _today;
    private bool _busy, _conflict;
    private UnsavedGuard? _guard;

    private string Title => Id is null ? L["Inc_New"] : L["Inc_Edit"];

    protected override async Task OnParametersSetAsync()
    {
        _today = Clock.Today;
        _agreements = await Lists.AgreementsAsync();
        _areas = await Lists.AreasAsync();
        _police = await Lists.PeopleAsync(Agency.Police);
        _telecom = await Lists.PeopleAsync(Agency.Telecom);
        var now = RecordDates.TrimToMinute(Clock.LocalNow.DateTime);
        _form = Id is { } id
            ? await Details.FormAsync(id, Clock.UtcNow)
            : new IncidentForm { OccurredAt = now, ReportedAt = now, LoadedAtUtc = Clock.UtcNow };
        _crumbs = [new(L["Inc_Title"], "/incidents"), new(Title, null, disabled: true)];
    }

    private async Task SaveAsync()
    {
        _busy = true;
        var result = await Commands.SaveAsync(_form!);
        _busy = false;
        _errors = [.. result.Errors];
        _conflict = result.Conflict;
        if (result.Conflict && Id is { } id)
        {
            // Show the values saved by the other person; the user decides again.
            _form = await Details.FormAsync(id, Clock.UtcNow);
        }
        if (result.Ok)
        {
            Snackbar.Add(L["Inc_Saved", _form!.Code!.Trim()], Severity.Success);
            _guard?.Release();
            Nav.NavigateTo($"/incidents/{result.Id}");
        }
    }
}
