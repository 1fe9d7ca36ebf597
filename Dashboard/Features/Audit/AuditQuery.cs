using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Audit;

public sealed record AuditFilter(string? Entity, string? Actor, string? Action, string? Key, DateOnly? From, DateOnly? To);

/// <summary>The audit trail, newest first, filtered and paged in SQL.</summary>
public sealed class AuditQuery(IDbContextFactory<DashboardDbContext> factory)
{
    public async Task<(List<AuditEntry> Page, int Total)> SearchAsync(AuditFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Entity))
        {
            q = q.Where(a => a.Entity == filter.Entity);
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            q = q.Where(a => a.Action == filter.Action);
        }
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            q = q.Where(a => a.Actor.Contains(filter.Actor.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(filter.Key))
        {
            q = q.Where(a => a.EntityKey.Contains(filter.Key.Trim()));
        }
        if (filter.From is { } from)
        {
            var fromUtc = LocalClock.StartOfDayUtc(from);
            q = q.Where(a => a.At >= fromUtc);
        }
        if (filter.To is { } to)
        {
            var toUtc = LocalClock.StartOfDayUtc(to.AddDays(1));
            q = q.Where(a => a.At < toUtc);
        }
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(a => a.Id).Skip(page * pageSize).Take(pageSize).ToListAsync(ct);
        return (rows, total);
    }

    public async Task<List<string>> EntitiesAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.AuditEntries.Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync(ct);
    }
}
