using Dashboard.Features.Audit;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Localization;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Incidents;

/// <summary>Creates and edits incidents and moves them through their statuses — validated, audited, never a silent overwrite.</summary>
public sealed class IncidentCommands(UserDb userDb, LocalClock clock, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandResult> SaveAsync(IncidentForm form, CancellationToken ct = default)
    {
        await using var db = await userDb.CreateAsync(ct);
        var now = clock.UtcNow;
        var errors = await new IncidentValidation(db, l, now).ValidateAsync(form, ct);
        if (errors.Count > 0)
        {
            return new CommandResult(null, errors);
        }
        Incident entity;
        if (form.Id is { } id)
        {
            var found = await db.Incidents.SingleOrDefaultAsync(i => i.Id == id, ct);
            if (found is null)
            {
                return CommandResult.Failed(l["Val_NotFound"]);
            }
            entity = found;
            db.Entry(entity).Property(i => i.Version).OriginalValue = form.Version;
        }
        else
        {
            entity = new Incident { Code = "" };
            db.Incidents.Add(entity);
        }
        entity.AgreementId = form.AgreementId!.Value;
        entity.Code = form.Code!.Trim();
        entity.Kind = form.Kind!.Value;
        entity.Severity = form.Severity;
        entity.AreaId = form.AreaId!.Value;
        entity.Latitude = form.Latitude;
        entity.Longitude = form.Longitude;
        entity.OccurredAt = LocalClock.ToUtc(form.OccurredAt!.Value);
        entity.ReportedAt = form.ReportedAt is { } reported ? LocalClock.ToUtc(reported) : now;
        entity.OutageMinutes = form.OutageMinutes;
        entity.SubscribersAffected = form.SubscribersAffected;
        entity.DamageVnd = form.DamageVnd;
        entity.LeadOfficerId = form.LeadOfficerId;
        entity.TelecomContactId = form.TelecomContactId;
        entity.CaseRef = Blank(form.CaseRef);
        entity.Summary = Blank(form.Summary);
        return await SaveOrConflictAsync(db, entity, form.LoadedAtUtc, ct);
    }

    /// <summary>Resolved sets ResolvedAt, Closed sets ClosedAt, moving back clears them (<see cref="Incident.ChangeStatus"/>).</summary>
    /// <param name="loadedAtUtc">When the user loaded the version they act on (for the conflict message).</param>
    public async Task<CommandResult> ChangeStatusAsync(int id, int version, DateTime loadedAtUtc, IncidentStatus status, CancellationToken ct = default)
    {
        await using var db = await userDb.CreateAsync(ct);
        var entity = await db.Incidents.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (entity is null)
        {
            return CommandResult.Failed(l["Val_NotFound"]);
        }
        db.Entry(entity).Property(i => i.Version).OriginalValue = version;
        entity.ChangeStatus(status, clock.UtcNow);
        return await SaveOrConflictAsync(db, entity, loadedAtUtc, ct);
    }

    private async Task<CommandResult> SaveOrConflictAsync(DashboardDbContext db, Incident entity, DateTime loadedAtUtc, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult.Done(entity.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var code = await db.Incidents.AsNoTracking().Where(i => i.Id == entity.Id).Select(i => i.Code).SingleOrDefaultAsync(ct);
            if (code is null)
            {
                return CommandResult.Failed(l["Val_NotFound"]);
            }
            // Nothing of this user's input is written; the message says who saved first and what they changed.
            return new CommandResult(entity.Id, [await ConflictReport.MessageAsync(db, l, nameof(Incident), code, loadedAtUtc, ct)], Conflict: true);
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
