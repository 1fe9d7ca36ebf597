using Dashboard.Features.Audit;
using Dashboard.Infrastructure.Time;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Features.Shared;

/// <summary>
/// The one detail page base: the record read (and the reading recorded), "not found" when it is gone, and a status
/// move on the version the user saw, reloaded after. A feature supplies how it loads, names and moves its record.
/// </summary>
public abstract class DetailPage<TDetail, TStatus> : ComponentBase
    where TDetail : class
{
    [Parameter] public int Id { get; set; }

    [Inject] protected UserDb UserDb { get; set; } = default!;
    [Inject] protected LocalClock Clock { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;

    protected TDetail? Detail { get; private set; }
    protected bool Missing { get; private set; }
    protected List<string> Errors { get; private set; } = [];
    protected List<BreadcrumbItem> Crumbs { get; private set; } = [];

    /// <summary>When the shown version was read: a save by someone else after it is a conflict.</summary>
    protected DateTime LoadedAt { get; private set; }

    protected abstract string ListUrl { get; }

    protected abstract string ListTitle { get; }

    /// <summary>The entity's name in the audit trail.</summary>
    protected abstract string Entity { get; }

    protected abstract Task<TDetail?> LoadAsync(int id);

    /// <summary>How people name the record: the crumb, and the key of the recorded view.</summary>
    protected abstract string NameOf(TDetail detail);

    protected abstract int VersionOf(TDetail detail);

    protected abstract Task<CommandResult> MoveAsync(int id, int version, DateTime loadedAt, TStatus status);

    protected abstract string StatusChangedMessage(TStatus status);

    protected override async Task OnParametersSetAsync()
    {
        await ReloadAsync();
        if (Detail is not null)
        {
            await UserDb.RecordViewAsync(Entity, NameOf(Detail));
        }
    }

    protected async Task ReloadAsync()
    {
        LoadedAt = Clock.UtcNow;
        Detail = await LoadAsync(Id);
        Missing = Detail is null;
        Crumbs = [new(ListTitle, ListUrl), new(Detail is null ? "" : NameOf(Detail), null, disabled: true)];
    }

    protected async Task ChangeStatusAsync(TStatus status)
    {
        var result = await MoveAsync(Id, VersionOf(Detail!), LoadedAt, status);
        Errors = [.. result.Errors];
        if (result.Ok)
        {
            Snackbar.Add(StatusChangedMessage(status), Severity.Success);
            await ReloadAsync();
        }
    }
}
