using Dashboard.Features.Agreements;
using Dashboard.Features.Audit;
using Dashboard.Features.Identity;
using Dashboard.Features.People;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Localization;
using Dashboard.Infrastructure.Time;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Commendations;

/// <summary>Records an award (a <see cref="Commendation"/>): leadership only, checked here and not only by hiding the button; audited.</summary>
public sealed class CommendationCommands(UserDb userDb, AuthenticationStateProvider auth, LocalClock clock, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandResult> RecordAwardAsync(AwardForm form, CancellationToken ct = default)
    {
        var user = (await auth.GetAuthenticationStateAsync()).User;
        if (!user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Leader))
        {
            return CommandResult.Failed(l["Com_NotAllowed"]);
        }
        await using var db = await userDb.CreateAsync(ct);
        var errors = new List<string>();
        if (!AwardForm.Levels.Contains(form.Level))
        {
            errors.Add(l["Val_Required", l["Com_Level"]]);
        }
        Check(errors, form.AwardingBody, "Com_AwardingBody", 200, required: true);
        Check(errors, form.Reason, "Com_Reason", 2000, required: false);
        if (!await db.People.AnyAsync(p => p.Id == form.PersonId, ct))
        {
            errors.Add(l["Val_NotFound"]);
        }
        if (form.AwardedOn is not { } awardedOn)
        {
            errors.Add(l["Val_Required", l["Com_AwardedOn"]]);
            return new CommandResult(null, errors);
        }
        var day = DateOnly.FromDateTime(awardedOn);
        if (day > clock.Today)
        {
            errors.Add(l["Val_InFuture", l["Com_AwardedOn"]]);
        }
        var agreements = await db.Agreements.AsNoTracking().ToListAsync(ct);
        var agreement = form.Agreement is { } code
            ? agreements.FirstOrDefault(a => string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase))
            : agreements.FirstOrDefault(a => a.IsInForceOn(day));
        if (agreement is null)
        {
            errors.Add(l["Val_NoAgreement", Fmt.Date(day)]);
        }
        if (errors.Count > 0)
        {
            return new CommandResult(null, errors);
        }
        var commendation = new Commendation
        {
            PersonId = form.PersonId,
            AgreementId = agreement!.Id,
            AwardedOn = day,
            Level = form.Level,
            AwardingBody = form.AwardingBody!.Trim(),
            Reason = string.IsNullOrWhiteSpace(form.Reason) ? null : form.Reason.Trim(),
        };
        db.Commendations.Add(commendation);
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(commendation.Id);
    }

    private void Check(List<string> errors, string? value, string field, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(l["Val_Required", l[field]]);
            }
        }
        else if (value.Trim().Length > max)
        {
            errors.Add(l["Val_TooLong", l[field], max]);
        }
    }
}
