using Dashboard.Features.Agreements;
using Dashboard.Features.Audit;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Time;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Features.Incidents;

public sealed partial class IncidentsPage
{
    [Inject] private IncidentQueries Queries { get; set; } = default!;
    [Inject] private ReferenceLists Lists { get; set; } = default!;
    [Inject] private LocalClock Clock { get; set; } = default!;
    [Inject] private UserDb UserDb { get; set; } = default!;
    [Inject] private NavigationManager Nav { get; set; } = default!;

    private MudTable<IncidentRow>? _table;
    private IncidentFilter _filter = new();
    private List<Agreement> _agreements = [];
    private List<AreaChoice> _areas = [];
    private DateOnly _today;

    private string ExportUrl => "/incidents/export" + IncidentFilterQuery.ToQuery(_filter);

    protected override async Task OnInitializedAsync()
    {
        _today = Clock.Today;
        _agreements = await Lists.AgreementsAsync();
        _areas = await Lists.AreasAsync();
        await UserDb.RecordViewAsync(nameof(Incident), "list");
    }

    private async Task<TableData<IncidentRow>> LoadAsync(TableState state, CancellationToken ct)
    {
        _filter = _filter with
        {
            SortBy = state.SortLabel ?? "occurred",
            Descending = state.SortDirection != SortDirection.Ascending,
        };
        var (rows, total) = await Queries.SearchAsync(_filter, state.Page, state.PageSize, ct);
        return new TableData<IncidentRow> { Items = rows, TotalItems = total };
    }

    private Task Set(IncidentFilter filter)
    {
        _filter = filter;
        return _table?.ReloadServerData() ?? Task.CompletedTask;
    }

    private static DateTime? ToDate(DateOnly? d) => d?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? FromDate(DateTime? d) => d is { } v ? DateOnly.FromDateTime(v) : null;
}
