using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.Kpis;
using Dashboard.Features.People;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Security;
using Dashboard.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Features.Heatmaps;

/// <summary>
/// The heat maps of SPEC §3 for every signed-in role: a heat map counts incidents and names areas, it shows no request
/// subject. A click on a cell lists exactly the incidents behind it (same inputs, same instant, same roll-up). Live like
/// the overview: the map and an open drill-down follow changes and the clock, through <see cref="SharedFigures"/>.
/// </summary>
public sealed partial class HeatmapsPage : IDisposable
{
    private static readonly HeatmapShape[] Shapes = [HeatmapShape.AreaByWeek, HeatmapShape.AreaByMonth, HeatmapShape.WeekdayByHour, HeatmapShape.AreaByKind];

    /// <summary>?agreement=CODE opens the page on that agreement (a link to share, the live benchmark).</summary>
    [SupplyParameterFromQuery(Name = "agreement")] public string? AgreementInAddress { get; set; }
    [Inject] private HeatmapService Heatmaps { get; set; } = default!;
    [Inject] private SharedFigures Shared { get; set; } = default!;
    [Inject] private DataChangeNotifier Notifier { get; set; } = default!;
    [Inject] private ReferenceLists Lists { get; set; } = default!;
    [Inject] private LocalClock Clock { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private List<Agreement> _agreements = [];
    private OverviewSelection _selection = new(null, PeriodKind.AgreementToDate);
    private HeatmapShape _shape = HeatmapShape.AreaByWeek;
    private AreaLevel _level = AreaLevel.District;
    private bool _showValues, _mayOpenIncidents, _live;
    private LiveRefresh? _refresh;
    private Heatmap? _map;
    private HeatmapText? _text;
    private long _total;
    private string? _error;
    private (string Row, string Column)? _cell;
    private IReadOnlyList<HeatmapIncident>? _incidents;

    private string Caption => $"{L["Heat_Title"]} — {L["Heat_Shape_" + _shape]}";

    /// <summary>The workbook of exactly the map on screen: its resolved window, shape and level.</summary>
    private string ExportUrl => _map is not { } m ? "" : $"/heatmaps/export?agreement={Uri.EscapeDataString(m.Window.AgreementCode ?? "")}"
        + $"&from={m.Window.From:yyyy-MM-dd}&to={m.Window.To:yyyy-MM-dd}&shape={_shape}&level={_level}";

    protected override async Task OnInitializedAsync()
    {
        _agreements = await Lists.AgreementsAsync();
        var today = Clock.Today;
        _selection = _selection with { Agreement = WindowPicker.StartingAgreement(_agreements, AgreementInAddress, today) };
        _text = new HeatmapText(L, await Lists.AreasAsync(), today);
        _mayOpenIncidents = (await Authorization.AuthorizeAsync((await AuthState).User, Policies.Sensitive)).Succeeded;
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            _refresh = new LiveRefresh(Notifier, Clock.Time, () => InvokeAsync(async () =>
            {
                await LoadAsync(keepCell: true);
                StateHasChanged();
            }));
            _live = true;
            StateHasChanged();
        }
    }

    private AreaLevel? LevelOfShape => _shape == HeatmapShape.WeekdayByHour ? null : _level;

    /// <summary>The map of the current choices; a live refresh keeps the open drill-down open, recomputed at the new instant.</summary>
    private async Task LoadAsync(bool keepCell = false)
    {
        var (selection, shape, level, cell) = (_selection, _shape, LevelOfShape, keepCell ? _cell : null);
        try
        {
            var map = await Shared.GetAsync((nameof(HeatmapsPage), selection, shape, level), () =>
            {
                var (from, to) = Period.Resolve(selection.Kind, Clock.Today, selection.CustomFrom, selection.CustomTo);
                return Heatmaps.ComputeAsync(new FigureQuery(selection.Agreement, from, to, Clock.LocalNow), shape, level);
            });
            var incidents = cell is { } c ? await IncidentsAsync(map, shape, level, c) : null;
            (_map, _total, _cell, _incidents, _error) = (map, map.Cells.Sum(r => (long)r.Sum()), cell, incidents, null);
        }
        catch (FigureQueryException e)
        {
            (_cell, _incidents, _error) = (null, null, e.Message);
        }
    }

    /// <summary>The incidents behind a cell of <paramref name="map"/>: same inputs, same instant, same roll-up.</summary>
    private Task<IReadOnlyList<HeatmapIncident>> IncidentsAsync(Heatmap map, HeatmapShape shape, AreaLevel? level, (string Row, string Column) cell)
    {
        var w = map.Window;
        return Shared.GetAsync((nameof(IncidentsAsync), w.AgreementCode, w.From, w.To, w.AsOf, shape, level, cell), () =>
            Heatmaps.IncidentsInCellAsync(new FigureQuery(w.AgreementCode, w.From, w.To, w.AsOf), shape, cell.Row, cell.Column, level));
    }

    private Task OnSelectionChanged(OverviewSelection selection)
    {
        _selection = selection;
        return WindowPicker.IsComplete(selection) ? LoadAsync() : Task.CompletedTask;
    }

    private Task OnShapeChanged(HeatmapShape shape)
    {
        _shape = shape;
        return LoadAsync();
    }

    private Task OnLevelChanged(AreaLevel level)
    {
        _level = level;
        return LoadAsync();
    }

    private async Task OnCellClicked((string Row, string Column) cell)
    {
        if (_map is not { } map)
        {
            return;
        }
        _cell = cell;
        _incidents = await IncidentsAsync(map, _shape, LevelOfShape, cell);
    }

    private void CloseCell() => (_cell, _incidents) = (null, null);

    public void Dispose() => _refresh?.Dispose();
}
