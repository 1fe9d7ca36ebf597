using Dashboard.Features.Agreements;
using Dashboard.Features.Identity;
using Dashboard.Features.Kpis;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Features.Overview;

/// <summary>The live overview: recomputed after any change (debounced) and on a tick, so due dates pass without anyone touching data.</summary>
public sealed partial class OverviewPage : IDisposable
{
    [Inject] private OverviewLoader Loader { get; set; } = default!;
    [Inject] private ReferenceLists Lists { get; set; } = default!;
    [Inject] private DataChangeNotifier Notifier { get; set; } = default!;
    [Inject] private LocalClock Clock { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private List<Agreement> _agreements = [];
    private OverviewSelection _selection = new(null, PeriodKind.AgreementToDate);
    private OverviewData? _data;
    private string? _error;
    private bool _mayReadSubjects, _live;
    private LiveRefresh? _refresh;

    protected override async Task OnInitializedAsync()
    {
        _agreements = await Lists.AgreementsAsync();
        var today = Clock.Today;
        _selection = _selection with { Agreement = _agreements.FirstOrDefault(a => a.IsInForceOn(today))?.Code };
        var user = (await AuthState).User;
        _mayReadSubjects = (await Authorization.AuthorizeAsync(user, Policies.Sensitive)).Succeeded;
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            _refresh = new LiveRefresh(Notifier, Clock.Time, () => InvokeAsync(async () =>
            {
                await LoadAsync();
                StateHasChanged();
            }));
            _live = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            _data = await Loader.LoadAsync(_selection, _mayReadSubjects);
            _error = null;
        }
        catch (FigureQueryException e)
        {
            _error = e.Message;
        }
    }

    private Task OnSelectionChanged(OverviewSelection selection)
    {
        _selection = selection;
        // Custom with a date still missing keeps the figures shown until both dates are there.
        return WindowPicker.IsComplete(selection) ? LoadAsync() : Task.CompletedTask;
    }

    public void Dispose() => _refresh?.Dispose();
}
