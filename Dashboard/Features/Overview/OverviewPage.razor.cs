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
    private const string AllAgreements = "*";

    [Inject] private OverviewLoader Loader { get; set; } = default!;
    [Inject] private ReferenceLists Lists { get; set; } = default!;
    [Inject] private DataChangeNotifier Notifier { get; set; } = default!;
    [Inject] private LocalClock Clock { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private List<Agreement> _agreements = [];
    private string _agreement = AllAgreements;
    private PeriodKind _kind = PeriodKind.AgreementToDate;
    private DateTime? _customFrom, _customTo;
    private OverviewData? _data;
    private string? _error;
    private bool _mayReadSubjects, _live;
    private LiveRefresh? _refresh;

    protected override async Task OnInitializedAsync()
    {
        _agreements = await Lists.AgreementsAsync();
        var today = Clock.Today;
        _agreement = _agreements.FirstOrDefault(a => a.IsInForceOn(today))?.Code ?? AllAgreements;
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
            var selection = new OverviewSelection(_agreement == AllAgreements ? null : _agreement, _kind,
                _customFrom is { } f ? DateOnly.FromDateTime(f) : null, _customTo is { } t ? DateOnly.FromDateTime(t) : null);
            _data = await Loader.LoadAsync(selection, _mayReadSubjects);
            _error = null;
        }
        catch (FigureQueryException e)
        {
            _error = e.Message;
        }
    }

    private Task OnAgreementChanged(string code)
    {
        _agreement = code;
        return LoadAsync();
    }

    private Task OnPeriodChanged(PeriodKind kind)
    {
        _kind = kind;
        if (kind == PeriodKind.Custom && _customFrom is null && _data is not null)
        {
            (_customFrom, _customTo) = (_data.Current.Window.From.ToDateTime(TimeOnly.MinValue), _data.Current.Window.To.ToDateTime(TimeOnly.MinValue));
        }
        return LoadAsync();
    }

    private Task OnCustomChanged(DateTime? from, DateTime? to)
    {
        (_customFrom, _customTo) = (from, to);
        return from is not null && to is not null ? LoadAsync() : Task.CompletedTask;
    }

    public void Dispose() => _refresh?.Dispose();
}
