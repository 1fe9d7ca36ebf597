using Dashboard.Components.Forms;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Time;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Features.Shared;

/// <summary>
/// The one edit page base: new or existing record, the form guarded against leaving unsaved, errors shown, and on a
/// conflict the other person's values loaded so the user decides again. A feature supplies its form, lists and words.
/// </summary>
public abstract class EditPage<TForm> : ComponentBase
    where TForm : class
{
    [Parameter] public int? Id { get; set; }

    [Inject] protected ReferenceLists Lists { get; set; } = default!;
    [Inject] protected LocalClock Clock { get; set; } = default!;
    [Inject] protected NavigationManager Nav { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;

    protected TForm? Form { get; private set; }
    protected List<string> Errors { get; private set; } = [];
    protected List<BreadcrumbItem> Crumbs { get; private set; } = [];
    protected bool Busy { get; private set; }
    protected bool Conflict { get; private set; }
    protected UnsavedGuard? Guard { get; set; }

    /// <summary>The list's address: the first crumb, and the detail page is this plus "/{id}".</summary>
    protected abstract string ListUrl { get; }

    protected abstract string ListTitle { get; }

    protected abstract string Title { get; }

    /// <summary>The pickers' choices, loaded before the form.</summary>
    protected abstract Task LoadListsAsync();

    /// <summary>The saved record as a form, stamped with when it was read; null when it is gone.</summary>
    protected abstract Task<TForm?> LoadFormAsync(int id);

    /// <summary>A new record's form: its times start at the current local minute.</summary>
    protected abstract TForm NewForm(DateTime localMinute);

    protected abstract Task<CommandResult> SaveFormAsync(TForm form);

    protected abstract string SavedMessage(TForm form);

    protected override async Task OnParametersSetAsync()
    {
        await LoadListsAsync();
        Form = Id is { } id ? await LoadFormAsync(id) : NewForm(RecordDates.TrimToMinute(Clock.LocalNow.DateTime));
        Crumbs = [new(ListTitle, ListUrl), new(Title, null, disabled: true)];
    }

    protected async Task SaveAsync()
    {
        Busy = true;
        var result = await SaveFormAsync(Form!);
        Busy = false;
        Errors = [.. result.Errors];
        Conflict = result.Conflict;
        if (result.Conflict && Id is { } id)
        {
            // Show the values saved by the other person; the user decides again.
            Form = await LoadFormAsync(id);
        }
        if (result.Ok)
        {
            Snackbar.Add(SavedMessage(Form!), Severity.Success);
            Guard?.Release();
            Nav.NavigateTo($"{ListUrl}/{result.Id}");
        }
    }
}
