using System.Globalization;
using Dashboard.Features.Agreements;
using Dashboard.Features.Kpis;
using Dashboard.Features.People;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Localization;
using Dashboard.Infrastructure.Time;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Dashboard.Features.ReviewMode;

/// <summary>
/// Review mode: a chosen period beside the previous one, for a projector; ← → and PageUp/PageDown move between sections
/// (assets/js/review.js). Live like the overview: both periods, the heat map, the candidates and the summary follow
/// changes and the clock, through <see cref="SharedFigures"/>.
/// </summary>
public sealed partial class ReviewPage : IAsyncDisposable
{
    /// <summary>?agreement=CODE opens the page on that agreement (a link to share, the live benchmark).</summary>
    [SupplyParameterFromQuery(Name = "agreement")] public string? AgreementInAddress { get; set; }
    [Inject] private ReviewLoader Loader { get; set; } = default!;
    [Inject] private SharedFigures Shared { get; set; } = default!;
    [Inject] private DataChangeNotifier Notifier { get; set; } = default!;
    [Inject] private ReferenceLists Lists { get; set; } = default!;
    [Inject] private LocalClock Clock { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;

    private List<Agreement> _agreements = [];
    private OverviewSelection _selection = new(null, PeriodKind.AgreementToDate);
    private ReviewData? _data;
    private string? _error;
    private string _summaryLanguage = Cultures.IsEnglish ? "en" : "vi";
    private ElementReference _root;
    private IJSObjectReference? _module;
    private LiveRefresh? _refresh;
    private bool _live;

    private string Summary => _data is null ? "" :
        ReviewSummary.Write(_data, CultureInfo.GetCultureInfo(_summaryLanguage == "en" ? Cultures.English : Cultures.Vietnamese));

    protected override async Task OnInitializedAsync()
    {
        _agreements = await Lists.AgreementsAsync();
        _selection = _selection with { Agreement = WindowPicker.StartingAgreement(_agreements, AgreementInAddress, Clock.Today) };
        await LoadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
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
            _module = await Js.InvokeAsync<IJSObjectReference>("import", "./assets/js/review.js");
            await _module.InvokeVoidAsync("attach", _root);
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            var selection = _selection;
            _data = await Shared.GetAsync((nameof(ReviewPage), selection), () => Loader.LoadAsync(selection));
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
        return WindowPicker.IsComplete(selection) ? LoadAsync() : Task.CompletedTask;
    }

    private async Task PrintAsync()
    {
        if (_module is not null)
        {
            await _module.InvokeVoidAsync("print");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _refresh?.Dispose();
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("detach", _root);
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; so is the page and its listener.
            }
        }
    }
}
