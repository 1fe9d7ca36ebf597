using Dashboard.Features.Agreements;
using Dashboard.Features.Audit;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Time;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Features.Requests;

public sealed partial class RequestsPage
{
    [Inject] private RequestQueries Queries { get; set; } = default!;
    [Inject] private ReferenceLists Lists { get; set; } = default!;
    [Inject] private LocalClock Clock { get; set; } = default!;
    [Inject] private UserDb UserDb { get; set; } = default!;
    [Inject] private NavigationManager Nav { get; set; } = default!;

    private MudTable<RequestRow>? _table;
    private RequestFilter _filter = new();
    private List<Agreement> _agreements = [];
    private List<Choice> _units = [], _people = [];
    private DateTime _now;

    private string ExportUrl => "/requests/export" + RequestFilterQuery.ToQuery(_filter);

    protected override async Task OnInitializedAsync()
    {
        _agreements = await Lists.AgreementsAsync();
        _units = await Lists.UnitsAsync(Agency.Police);
        _people = await Lists.PeopleAsync(Agency.Telecom);
        await UserDb.RecordViewAsync(nameof(InformationRequest), "list");
    }

    private async Task<TableData<RequestRow>> LoadAsync(TableState state, CancellationToken ct)
    {
        _now = Clock.UtcNow;
        _filter = _filter with
        {
            SortBy = state.SortLabel ?? "received",
            Descending = state.SortDirection != SortDirection.Ascending,
        };
        var (rows, total) = await Queries.SearchAsync(_filter, state.Page, state.PageSize, ct);
        return new TableData<RequestRow> { Items = rows, TotalItems = total };
    }

    private Task Set(RequestFilter filter)
    {
        _filter = filter;
        return _table?.ReloadServerData() ?? Task.CompletedTask;
    }

    private static DateTime? ToDate(DateOnly? d) => d?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? FromDate(DateTime? d) => d is { } v ? DateOnly.FromDateTime(v) : null;
}
