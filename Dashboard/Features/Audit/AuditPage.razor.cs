using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Features.Audit;

public sealed partial class AuditPage
{
    private static readonly string[] Actions = ["Added", "Modified", "Deleted", "Imported", "Viewed"];

    [Inject] private AuditQuery Query { get; set; } = default!;

    private MudTable<AuditEntry>? _table;
    private List<string> _entities = [];
    private string? _entity, _action, _actor, _key;
    private DateTime? _from, _to;

    protected override async Task OnInitializedAsync() => _entities = await Query.EntitiesAsync();

    private async Task<TableData<AuditEntry>> LoadAsync(TableState state, CancellationToken ct)
    {
        var filter = new AuditFilter(_entity, _actor, _action, _key,
            _from is { } f ? DateOnly.FromDateTime(f) : null, _to is { } t ? DateOnly.FromDateTime(t) : null);
        var (page, total) = await Query.SearchAsync(filter, state.Page, state.PageSize, ct);
        return new TableData<AuditEntry> { Items = page, TotalItems = total };
    }

    private Task SearchAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    private Task ClearAsync()
    {
        (_entity, _action, _actor, _key, _from, _to) = (null, null, null, null, null, null);
        return SearchAsync();
    }

    private string EntityName(string entity)
    {
        var name = L["Entity_" + entity];
        return name.ResourceNotFound ? entity : name.Value;
    }

    private static Color ActionColor(string action) => action switch
    {
        "Added" => Color.Success,
        "Modified" => Color.Info,
        "Deleted" => Color.Error,
        _ => Color.Default,
    };
}
