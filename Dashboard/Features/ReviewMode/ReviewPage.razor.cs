using System.Globalization;
using Dashboard.Features.Agreements;
using Dashboard.Features.Kpis;
using Dashboard.Features.Overview;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Localization;
using Dashboard.Infrastructure.Time;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Dashboard.Features.ReviewMode;

/// <summary>Review mode: a chosen period beside the previous one, for a projector; ← → and PageUp/PageDown move between sections (assets/js/review.js).</summary>
public sealed partial class ReviewPage : IAsyncDisposable
{
    [Inject] private ReviewLoader Loader { get; set; } = default!;
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

    private string Summary => _data is null ? "" :
        ReviewSummary.Write(_data, CultureInfo.GetCultureInfo(_summaryLanguage == "en" ? Cultures.English : Cultures.Vietnamese));

    protected override async Task OnInitializedAsync()
    {
        _agreements = await Lists.AgreementsAsync();
        _selection = _selection with { Agreement = _agreements.FirstOrDefault(a => a.IsInForceOn(Clock.Today))?.Code };
        await LoadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            _module = await Js.InvokeAsync<IJSObjectReference>("import", "./assets/js/review.js");
            await _module.InvokeVoidAsync("attach", _root);
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            _data = await Loader.LoadAsync(_selection);
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
