using Dashboard.Infrastructure.Data;

namespace Dashboard.Features.Audit;

/// <summary>
/// Every save bumps the concurrency versions it modifies and, unless the context says otherwise (bulk loads), records an
/// audit entry per change with the context's actor: last, so that the entries are saved after the roll-ups are written.
/// </summary>
internal sealed class AuditSaveParticipant : ISaveParticipant
{
    public int Order => 30;

    public SaveStep? Prepare(DashboardDbContext db)
    {
        AuditRecorder.BumpVersions(db.ChangeTracker);
        var pending = db.AuditEachChange ? AuditRecorder.Collect(db.ChangeTracker) : [];
        if (pending.Count == 0)
        {
            return null;
        }
        return _ =>
        {
            var now = db.Time.GetUtcNow().UtcDateTime;
            db.AuditEntries.AddRange(pending.Select(p => p.Complete(now, db.Actor)));
            return Task.FromResult(true);
        };
    }
}
