using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Audit;

/// <summary>Entries that are not a change of data: a sensitive list or record opened, a list exported.</summary>
public sealed class AuditLog(IDbContextFactory<DashboardDbContext> factory, TimeProvider time)
{
    public async Task RecordAsync(string actor, string action, string entity, string key, string? detail = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime, Actor = actor, Action = action, Entity = entity, EntityKey = key, Changes = detail,
        });
        await db.SaveChangesAsync(ct);
    }
}
