using System.Net.Mail;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Digests;

/// <summary>What an admin types for a recipient; <see cref="Id"/> null adds one.</summary>
public sealed class RecipientForm
{
    public int? Id { get; set; }
    public string? Email { get; set; }
    public string? DisplayName { get; set; }
    public string Language { get; set; } = "vi";
    public DigestScope Scope { get; set; } = DigestScope.Leadership;
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }

    public static RecipientForm Of(DigestRecipient r) => new()
    {
        Id = r.Id, Email = r.Email, DisplayName = r.DisplayName, Language = r.Language, Scope = r.Scope, IsActive = r.IsActive, Version = r.Version,
    };

    /// <summary>One plain address (name@domain.tld), nothing else: no display name, no list, no spaces.</summary>
    public static bool IsValidEmail(string? email)
    {
        var text = email?.Trim() ?? "";
        if (text.Length is 0 or > 320 || text.Any(char.IsWhiteSpace) || !MailAddress.TryCreate(text, out var parsed) || parsed.Address != text)
        {
            return false;
        }
        var domain = parsed.Host;
        return domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.');
    }

    /// <summary>Validates and saves; returns the messages (Vietnamese by default) that stop it, none when saved.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(DashboardDbContext db, IStringLocalizer<SharedResource> l, CancellationToken ct = default)
    {
        var errors = new List<string>();
        var email = Email?.Trim() ?? "";
        var name = DisplayName?.Trim() ?? "";
        if (email.Length == 0)
        {
            errors.Add(l["Digest_R_NeedEmail"]);
        }
        else if (!IsValidEmail(email))
        {
            errors.Add(l["Digest_R_BadEmail", email]);
        }
        else if (await db.DigestRecipients.AnyAsync(r => r.Id != Id && SqlFunctions.CaseInsensitive(r.Email) == email, ct))
        {
            errors.Add(l["Digest_R_DuplicateEmail", email]);
        }
        if (name.Length == 0)
        {
            errors.Add(l["Digest_R_NeedName"]);
        }
        else if (name.Length > 200)
        {
            errors.Add(l["Digest_R_NameTooLong"]);
        }
        if (Language is not ("vi" or "en"))
        {
            errors.Add(l["Digest_R_BadLanguage"]);
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        var recipient = Id is { } id ? await db.DigestRecipients.FirstOrDefaultAsync(r => r.Id == id, ct) : null;
        if (Id is not null && recipient is null)
        {
            return [l["Digest_R_Gone"]];
        }
        if (recipient is null)
        {
            recipient = new DigestRecipient { Email = email, DisplayName = name };
            db.DigestRecipients.Add(recipient);
        }
        else
        {
            // The version the admin saw: a change saved by someone else in between is not overwritten silently.
            db.Entry(recipient).Property(r => r.Version).OriginalValue = Version;
        }
        (recipient.Email, recipient.DisplayName, recipient.Language, recipient.Scope, recipient.IsActive) = (email, name, Language, Scope, IsActive);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return [l["Digest_R_Conflict"]];
        }
        catch (DbUpdateException)
        {
            return [l["Digest_R_DuplicateEmail", email]];
        }
        return [];
    }
}
