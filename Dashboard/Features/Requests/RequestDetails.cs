using Dashboard.Features.Audit;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Requests;

public sealed record VerificationRow(VerificationKind Kind, int Count, string? PerformedBy, DateTime PerformedAt);

public sealed record RequestDetail(
    InformationRequest Request, string AgreementCode, string RequestingUnit, string? RequestedBy, string? AssignedTo,
    List<VerificationRow> Verifications, List<AuditEntry> History);

/// <summary>One request with its verifications and change history.</summary>
public sealed class RequestDetails(IDbContextFactory<DashboardDbContext> factory)
{
    public async Task<RequestDetail?> LoadAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var r = await db.Requests.AsNoTracking()
            .Include(x => x.Agreement).Include(x => x.RequestingUnit).Include(x => x.RequestedBy).Include(x => x.AssignedTo)
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null)
        {
            return null;
        }
        var verifications = await db.Verifications.AsNoTracking().Where(v => v.RequestId == id).OrderBy(v => v.PerformedAt)
            .Select(v => new VerificationRow(v.Kind, v.Count, v.PerformedBy != null ? v.PerformedBy.FullName : null, v.PerformedAt)).ToListAsync(ct);
        var history = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(InformationRequest) && a.EntityKey == r.ReferenceNo && a.Action != "Viewed")
            .OrderByDescending(a => a.Id).Take(50).ToListAsync(ct);
        return new RequestDetail(r, r.Agreement!.Code, r.RequestingUnit!.Name, r.RequestedBy?.FullName, r.AssignedTo?.FullName, verifications, history);
    }

    public async Task<RequestForm?> FormAsync(int id, DateTime nowUtc, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var r = await db.Requests.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return r is null ? null : new RequestForm
        {
            Id = r.Id, Version = r.Version, LoadedAtUtc = nowUtc, AgreementId = r.AgreementId, ReferenceNo = r.ReferenceNo,
            RequestingUnitId = r.RequestingUnitId, RequestedById = r.RequestedById, Subject = r.Subject, Priority = r.Priority,
            ReceivedAt = Infrastructure.Time.LocalClock.ToLocal(r.ReceivedAt).DateTime, DueAt = Infrastructure.Time.LocalClock.ToLocal(r.DueAt).DateTime,
            AssignedToId = r.AssignedToId,
        };
    }
}
