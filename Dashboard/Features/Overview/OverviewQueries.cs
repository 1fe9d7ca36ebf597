using Dashboard.Features.Agreements;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Overview;

/// <summary>An open request whose deadline has passed or comes within 24 hours.</summary>
public sealed record DueRequest(int Id, string ReferenceNo, string Subject, RequestPriority Priority, DateTime DueAt, string? AssignedTo, bool Overdue);

/// <summary>The overview's lists beside the figures of SPEC §3 (the request series come from <see cref="Kpis.FiguresService"/>).</summary>
public sealed class OverviewQueries(IDbContextFactory<DashboardDbContext> factory)
{
    /// <summary>Open at asOf and due before asOf + 24 h, soonest first.</summary>
    public async Task<List<DueRequest>> DueSoonAsync(int? agreementId, DateTimeOffset asOf, int take, CancellationToken ct = default)
    {
        var cut = asOf.UtcDateTime;
        var soon = cut.AddHours(24);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Requests.AsNoTracking()
            .Where(r => (agreementId == null || r.AgreementId == agreementId) && r.ReceivedAt <= cut && (r.ClosedAt == null || r.ClosedAt > cut) && r.DueAt < soon)
            .OrderBy(r => r.DueAt).Take(take)
            .Select(r => new DueRequest(r.Id, r.ReferenceNo, r.Subject, r.Priority, r.DueAt, r.AssignedTo != null ? r.AssignedTo.FullName : null, r.DueAt < cut))
            .ToListAsync(ct);
    }

    /// <summary>Whether [from, to) shares a day with the agreement's period.</summary>
    public async Task<bool> AgreementOverlapsAsync(int agreementId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var last = to.AddDays(-1);
        return await db.Agreements.AnyAsync(a => a.Id == agreementId && a.StartsOn <= last && a.EndsOn >= from, ct);
    }
}
