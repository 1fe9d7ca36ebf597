using Dashboard.Features.Audit;
using Dashboard.Features.Shared;
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
        var entity = await db.LoadOrCreateAsync(form.Id, form.Version, () => new Incident { Code = "" }, ct);
        if (entity is null)
        {
            return CommandResult.Failed(l["Val_NotFound"]);
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
        return await db.SaveOrConflictAsync(entity, form.LoadedAtUtc, i => i.Code, l, ct);
    }

    /// <summary>Resolved sets ResolvedAt, Closed sets ClosedAt, moving back clears them (<see cref="Incident.ChangeStatus"/>).</summary>
    /// <param name="loadedAtUtc">When the user loaded the version they act on (for the conflict message).</param>
    public async Task<CommandResult> ChangeStatusAsync(int id, int version, DateTime loadedAtUtc, IncidentStatus status, CancellationToken ct = default)
    {
        await using var db = await userDb.CreateAsync(ct);
        return await db.ChangeAsync<Incident>(id, version, loadedAtUtc, i => i.ChangeStatus(status, clock.UtcNow), i => i.Code, l, ct);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
