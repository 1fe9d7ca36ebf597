using Dashboard.Features.Audit;
using Dashboard.Infrastructure.Time;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Features.Requests;

public sealed partial class RequestDetailPage
{
    [Parameter] public int Id { get; set; }

    [Inject] private RequestDetails Details { get; set; } = default!;
    [Inject] private RequestCommands Commands { get; set; } = default!;
    [Inject] private UserDb UserDb { get; set; } = default!;
    [Inject] private LocalClock Clock { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private RequestDetail? _detail;
    private DateTime _loadedAt;
    private bool _missing;
    private List<string> _errors = [];
    private List<BreadcrumbItem> _crumbs = [];

    private DueState? DueState => _detail is null ? null
        : new RequestRow(0, "", "", "", default, default, _detail.Request.ReceivedAt, _detail.Request.DueAt, _detail.Request.ClosedAt, "", null, 0).DueStateAt(Clock.UtcNow);

    protected override async Task OnParametersSetAsync()
    {
        await ReloadAsync();
        if (_detail is not null)
        {
            await UserDb.RecordViewAsync(nameof(InformationRequest), _detail.Request.ReferenceNo);
        }
    }

    private async Task ReloadAsync()
    {
        _loadedAt = Clock.UtcNow;
        _detail = await Details.LoadAsync(Id);
        _missing = _detail is null;
        _crumbs = [new(L["Req_Title"], "/requests"), new(_detail?.Request.ReferenceNo ?? "", null, disabled: true)];
    }

    private async Task ChangeStatusAsync(RequestStatus status)
    {
        var result = await Commands.ChangeStatusAsync(Id, _detail!.Request.Version, _loadedAt, status);
        _errors = [.. result.Errors];
        if (result.Ok)
        {
            Snackbar.Add(L["Req_StatusChanged", L["ReqStatus_" + status]], Severity.Success);
            await ReloadAsync();
        }
    }

    /// <summary>A history value in the user's language: status and priority are stored as enum names.</summary>
    private string Show(string field, string? value) => value switch
    {
        null => AuditChanges.Display(null),
        _ when field == nameof(InformationRequest.Status) => L["ReqStatus_" + value],
        _ when field == nameof(InformationRequest.Priority) => L["Priority_" + value],
        _ => AuditChanges.Display(value),
    };
}
