using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.Identity;
using Dashboard.Features.Kpis;
using Dashboard.Features.Overview;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Features.Heatmaps;

/// <summary>
/// The heat maps of SPEC §3 for every signed-in role: a heat map counts incidents and names areas, it shows no request
/// subject. A click on a cell lists exactly the incidents behind it (same inputs, same instant, same roll-up).
/// </summary>
public sealed partial class HeatmapsPage
{
    private static readonly HeatmapShape[] Shapes = [HeatmapShape.AreaByWeek, HeatmapShape.AreaByMonth, HeatmapShape.WeekdayByHour, HeatmapShape.AreaByKind];

    [Inject] private HeatmapService Heatmaps { get; set; } = default!;
    [Inject] private ReferenceLists Lists { get; set; } = default!;
    [Inject] private LocalClock Clock { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private List<Agreement> _agreements = [];
    private OverviewSelection _selection = new(null, PeriodKind.AgreementToDate);
    private HeatmapShape _shape = HeatmapShape.AreaByWeek;
    private AreaLevel _level = AreaLevel.District;
    private bool _showValues, _mayOpenIncidents;
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
        _selection = _selection with { Agreement = _agreements.FirstOrDefault(a => a.IsInForceOn(today))?.Code };
        _text = new HeatmapText(L, await Lists.AreasAsync(), today);
        _mayOpenIncidents = (await Authorization.AuthorizeAsync((await AuthState).User, Policies.Sensitive)).Succeeded;
        await LoadAsync();
    }

    /// <summary>The inputs of the map on screen; a drill-down reuses them with the map's own instant.</summary>
    private FigureQuery Query()
    {
        var (from, to) = Period.Resolve(_selection.Kind, Clock.Today, _selection.CustomFrom, _selection.CustomTo);
        return new FigureQuery(_selection.Agreement, from, to, Clock.LocalNow);
    }

    private AreaLevel? LevelOfShape => _shape == HeatmapShape.WeekdayByHour ? null : _level;

    private async Task LoadAsync()
    {
        (_cell, _incidents) = (null, null);
        try
        {
            _map = await Heatmaps.ComputeAsync(Query(), _shape, LevelOfShape);
            _total = _map.Cells.Sum(r => (long)r.Sum());
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
        var w = map.Window;
        _cell = cell;
        _incidents = await Heatmaps.IncidentsInCellAsync(new FigureQuery(w.AgreementCode, w.From, w.To, w.AsOf), _shape, cell.Row, cell.Column, LevelOfShape);
    }

    private void CloseCell() => (_cell, _incidents) = (null, null);
}
