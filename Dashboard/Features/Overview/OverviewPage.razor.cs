using Dashboard.Features.Agreements;
using Dashboard.Features.Kpis;
using Dashboard.Features.People;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Security;
using Dashboard.Infrastructure.Time;
using Dashboard.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Features.Overview;

/// <summary>
/// The live overview: refreshed after any change (debounced) and on a tick, so due dates pass without anyone touching data.
/// The figures come from <see cref="SharedFigures"/>: every open overview of the same selection shows one computation.
/// </summary>
public sealed partial class OverviewPage : IDisposable
{
    /// <summary>?agreement=CODE opens the page on that agreement (a link to share, the live benchmark).</summary>
    [SupplyParameterFromQuery(Name = "agreement")] public string? AgreementInAddress { get; set; }
    [Inject] private OverviewLoader Loader { get; set; } = default!;
    [Inject] private ReferenceLists Lists { get; set; } = default!;
    [Inject] private SharedFigures Shared { get; set; } = default!;
    [Inject] private DataChangeNotifier Notifier { get; set; } = default!;
    [Inject] private LocalClock Clock { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private StaticSections Sections { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private List<Agreement> _agreements = [];
    private OverviewSelection _selection = new(null, PeriodKind.AgreementToDate);
    private OverviewData? _data;
    private OverviewSections? _sections;
    private string? _error;
    private bool _mayReadSubjects, _live;
    private LiveRefresh? _refresh;

    protected override async Task OnInitializedAsync()
    {
        _agreements = await Lists.AgreementsAsync();
        var today = Clock.Today;
        _selection = _selection with { Agreement = WindowPicker.StartingAgreement(_agreements, AgreementInAddress, today) };
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
            var (selection, subjects) = (_selection, _mayReadSubjects);
            var data = await Shared.GetAsync((nameof(OverviewPage), selection, subjects), () => Loader.LoadAsync(selection, subjects));
            (_sections, _data) = (await OverviewSections.RenderAsync(Sections, data), data);
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
