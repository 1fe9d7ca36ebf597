using Dashboard.Features.Audit;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Time;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Features.Shared;

/// <summary>
/// The one list page base: a server-paged MudTable whose sort label and direction go into the filter, a filter change
/// reloads the table, and the export link carries the filter as the query string.
/// </summary>
public abstract class ListPage<TRow, TFilter> : ComponentBase
    where TFilter : ListFilter, new()
{
    [Inject] protected ReferenceLists Lists { get; set; } = default!;
    [Inject] protected LocalClock Clock { get; set; } = default!;
    [Inject] protected UserDb UserDb { get; set; } = default!;
    [Inject] protected NavigationManager Nav { get; set; } = default!;

    protected MudTable<TRow>? Table { get; set; }

    protected TFilter Filter { get; private set; } = new();

    /// <summary>The sort label of the list's default order.</summary>
    protected abstract string DefaultSort { get; }

    protected abstract Task<(List<TRow> Rows, int Total)> SearchAsync(TFilter filter, int page, int pageSize, CancellationToken ct);

    protected async Task<TableData<TRow>> LoadAsync(TableState state, CancellationToken ct)
    {
        BeforeLoad();
        // A record's clone keeps its runtime type: the feature's filter with the table's sort.
        Filter = Filter with
        {
            SortBy = state.SortLabel ?? DefaultSort,
            Descending = state.SortDirection != SortDirection.Ascending,
        };
        var (rows, total) = await SearchAsync(Filter, state.Page, state.PageSize, ct);
        return new TableData<TRow> { Items = rows, TotalItems = total };
    }

    /// <summary>Before each load: a page that marks rows against the clock reads it here, once a load.</summary>
    protected virtual void BeforeLoad()
    {
    }

    protected Task Set(TFilter filter)
    {
        Filter = filter;
        return Table?.ReloadServerData() ?? Task.CompletedTask;
    }

    protected static DateTime? ToDate(DateOnly? d) => RecordDates.ToDate(d);

    protected static DateOnly? FromDate(DateTime? d) => RecordDates.FromDate(d);
}
