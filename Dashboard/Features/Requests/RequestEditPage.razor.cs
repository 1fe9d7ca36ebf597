using Dashboard.Components.Forms;
using Dashboard.Features.Agreements;
using Dashboard.Features.People;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Time;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Features.Requests;

public sealed partial class RequestEditPage
{
    [Parameter] public int? Id { get; set; }

    [Inject] private RequestDetails Details { get; set; } = default!;
    [Inject] private RequestCommands Commands { get; set; } = default!;
    [Inject] private ReferenceLists Lists { get; set; } = default!;
    [Inject] private LocalClock Clock { get; set; } = default!;
    [Inject] private NavigationManager Nav { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private RequestForm? _form;
    private List<Agreement> _agreements = [];
    private List<Choice> _units = [], _police = [], _telecom = [];
    private List<string> _errors = [];
    private List<BreadcrumbItem> _crumbs = [];
    private bool _busy, _conflict;
    private UnsavedGuard? _guard;

    private string Title => Id is null ? L["Req_New"] : L["Req_Edit"];

    protected override async Task OnParametersSetAsync()
    {
        _agreements = await Lists.AgreementsAsync();
        _units = await Lists.UnitsAsync(Agency.Police);
        _police = await Lists.PeopleAsync(Agency.Police);
        _telecom = await Lists.PeopleAsync(Agency.Telecom);
        _form = Id is { } id
            ? await Details.FormAsync(id, Clock.UtcNow)
            : new RequestForm { ReceivedAt = RecordDates.TrimToMinute(Clock.LocalNow.DateTime), LoadedAtUtc = Clock.UtcNow };
        _crumbs = [new(L["Req_Title"], "/requests"), new(Title, null, disabled: true)];
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
            Snackbar.Add(L["Req_Saved", _form!.ReferenceNo!], Severity.Success);
            _guard?.Release();
            Nav.NavigateTo($"/requests/{result.Id}");
        }
    }
}
