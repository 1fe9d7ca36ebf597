using System.Globalization;
using Dashboard.Features.Agreements;
using Dashboard.Features.Heatmaps;
using Dashboard.Features.Kpis;
using Dashboard.Features.People;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Localization;
using Dashboard.Infrastructure.Time;
using Dashboard.Infrastructure.Web;
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
    [Inject] private StaticSections Sections { get; set; } = default!;

    private List<Agreement> _agreements = [];
    private OverviewSelection _selection = new(null, PeriodKind.AgreementToDate);
    private ReviewData? _data;
    private MarkupString _heatmap;
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
            var data = await Shared.GetAsync((nameof(ReviewPage), selection), () => Loader.LoadAsync(selection));
            // Read-only: one piece of markup per heat map and language, shared by every open review.
            _heatmap = await Sections.RenderAsync<HeatmapGrid>(data.Heatmap, "review", new Dictionary<string, object?>
            {
                [nameof(HeatmapGrid.Map)] = data.Heatmap,
                [nameof(HeatmapGrid.Caption)] = L["Review_Heatmap"].Value,
                [nameof(HeatmapGrid.ShowValues)] = true,
                [nameof(HeatmapGrid.RowLabel)] = (Func<string, string>)(d => L["Weekday_" + d]),
            });
            _data = data;
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
