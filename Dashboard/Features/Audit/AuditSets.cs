using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Audit;

/// <summary>The sets of the audit entries on the context, kept beside their entities so that the context names no feature.</summary>
public static class AuditSets
{
    extension(DashboardDbContext db)
    {
        public DbSet<AuditEntry> AuditEntries => db.Set<AuditEntry>();
    }
}
