using Dashboard.Features.Audit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Digests;

public sealed partial class RecipientsPage
{
    [Inject] private UserDb UserDb { get; set; } = default!;

    private List<DigestRecipient> _recipients = [];
    private RecipientForm _form = new();
    private readonly List<string> _errors = [];
    private bool _busy, _saved;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        await using var db = await UserDb.CreateAsync();
        _recipients = await db.DigestRecipients.AsNoTracking().OrderBy(r => r.Scope).ThenBy(r => r.Email).ToListAsync();
    }

    private void Edit(DigestRecipient recipient)
    {
        (_form, _saved) = (RecipientForm.Of(recipient), false);
        _errors.Clear();
    }

    private void Cancel()
    {
        _form = new RecipientForm();
        _errors.Clear();
    }

    private async Task SaveAsync()
    {
        _errors.Clear();
        (_busy, _saved) = (true, false);
        await using (var db = await UserDb.CreateAsync())
        {
            _errors.AddRange(await _form.SaveAsync(db, L));
        }
        _busy = false;
        if (_errors.Count == 0)
        {
            (_form, _saved) = (new RecipientForm(), true);
            await LoadAsync();
        }
    }

    private async Task ToggleAsync(DigestRecipient recipient)
    {
        _errors.Clear();
        var form = RecipientForm.Of(recipient);
        form.IsActive = !recipient.IsActive;
        await using (var db = await UserDb.CreateAsync())
        {
            _errors.AddRange(await form.SaveAsync(db, L));
        }
        await LoadAsync();
    }
}
