using Dashboard.Features.Audit;
using Dashboard.Features.People;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Localization;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Requests;

/// <summary>Creates and edits requests, moves them through their statuses and records verifications — validated, audited, never a silent overwrite.</summary>
public sealed class RequestCommands(UserDb userDb, LocalClock clock, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandResult> SaveAsync(RequestForm form, CancellationToken ct = default)
    {
        await using var db = await userDb.CreateAsync(ct);
        var errors = await ValidateAsync(db, form, ct);
        if (errors.Count > 0)
        {
            return new CommandResult(null, errors);
        }
        var received = LocalClock.ToUtc(form.ReceivedAt!.Value);
        var entity = await db.LoadOrCreateAsync(form.Id, form.Version, () => new InformationRequest { ReferenceNo = "", Subject = "" }, ct);
        if (entity is null)
        {
            return CommandResult.Failed(l["Val_NotFound"]);
        }
        entity.AgreementId = form.AgreementId!.Value;
        entity.ReferenceNo = form.ReferenceNo!.Trim();
        entity.Subject = form.Subject!.Trim();
        entity.RequestingUnitId = form.RequestingUnitId!.Value;
        entity.RequestedById = form.RequestedById;
        entity.Priority = form.Priority;
        entity.ReceivedAt = received;
        entity.DueAt = form.DueAt is { } due ? LocalClock.ToUtc(due) : received + InformationRequest.DefaultTimeAllowed(form.Priority);
        entity.AssignedToId = form.AssignedToId;
        return await db.SaveOrConflictAsync(entity, form.LoadedAtUtc, r => r.ReferenceNo, l, ct);
    }

    /// <param name="loadedAtUtc">When the user loaded the version they act on (for the conflict message).</param>
    public async Task<CommandResult> ChangeStatusAsync(int id, int version, DateTime loadedAtUtc, RequestStatus status, CancellationToken ct = default)
    {
        await using var db = await userDb.CreateAsync(ct);
        return await db.ChangeAsync<InformationRequest>(id, version, loadedAtUtc, r => r.ChangeStatus(status, clock.UtcNow), r => r.ReferenceNo, l, ct);
    }

    public async Task<CommandResult> AddVerificationAsync(int requestId, VerificationForm form, CancellationToken ct = default)
    {
        await using var db = await userDb.CreateAsync(ct);
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return CommandResult.Failed(l["Val_NotFound"]);
        }
        var at = form.PerformedAt is { } local ? LocalClock.ToUtc(local) : clock.UtcNow;
        var errors = new List<string>();
        if (form.Count < 1)
        {
            errors.Add(l["Val_CountMin"]);
        }
        if (at < request.ReceivedAt)
        {
            errors.Add(l["Val_PerformedBeforeReceived"]);
        }
        if (at > clock.UtcNow.AddMinutes(5))
        {
            errors.Add(l["Val_InFuture", l["Field_PerformedAt"]]);
        }
        if (errors.Count > 0)
        {
            return new CommandResult(null, errors);
        }
        db.Verifications.Add(new Verification
        {
            RequestId = requestId, AgreementId = request.AgreementId, Kind = form.Kind, Count = form.Count, PerformedById = form.PerformedById, PerformedAt = at,
        });
        await db.SaveChangesAsync(ct);
        return CommandResult.Done(requestId);
    }

    private async Task<List<string>> ValidateAsync(DashboardDbContext db, RequestForm f, CancellationToken ct)
    {
        var errors = new List<string>();
        Require(errors, f.ReferenceNo, "Field_ReferenceNo", 60);
        Require(errors, f.Subject, "Field_Subject", 1000);
        if (f.RequestingUnitId is null)
        {
            errors.Add(l["Val_Required", l["Field_RequestingUnit"]]);
        }
        else if (!await db.Units.AnyAsync(u => u.Id == f.RequestingUnitId && u.Agency == Agency.Police, ct))
        {
            errors.Add(l["Val_UnitNotPolice"]);
        }
        if (f.AssignedToId is { } assignee && !await db.People.AnyAsync(p => p.Id == assignee && p.Unit!.Agency == Agency.Telecom, ct))
        {
            errors.Add(l["Val_AssigneeNotTelecom"]);
        }
        if (f.ReceivedAt is not { } receivedLocal)
        {
            errors.Add(l["Val_Required", l["Field_ReceivedAt"]]);
            return errors;
        }
        if (f.DueAt is { } due && due <= receivedLocal)
        {
            errors.Add(l["Val_DueBeforeReceived"]);
        }
        var day = DateOnly.FromDateTime(receivedLocal);
        var agreement = await AgreementInForce.CheckAsync(db, l, f.AgreementId, day, "Val_OutsideAgreement", errors, ct);
        f.AgreementId ??= agreement?.Id;
        if (agreement is not null && !string.IsNullOrWhiteSpace(f.ReferenceNo))
        {
            var reference = f.ReferenceNo.Trim();
            if (await db.Requests.AnyAsync(r => r.AgreementId == agreement.Id && r.ReferenceNo == reference && r.Id != f.Id, ct))
            {
                errors.Add(l["Val_RefTaken", reference]);
            }
        }
        return errors;
    }

    private void Require(List<string> errors, string? value, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(l["Val_Required", l[field]]);
        }
        else if (value.Trim().Length > max)
        {
            errors.Add(l["Val_TooLong", l[field], max]);
        }
    }
}
