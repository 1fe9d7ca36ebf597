using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Digests;

/// <summary>The sets of the digest's recipients, runs and deliveries on the context, kept beside their entities so that the context names no feature.</summary>
public static class DigestSets
{
    extension(DashboardDbContext db)
    {
        public DbSet<DigestRecipient> DigestRecipients => db.Set<DigestRecipient>();
        public DbSet<DigestRun> DigestRuns => db.Set<DigestRun>();
        public DbSet<DigestDelivery> DigestDeliveries => db.Set<DigestDelivery>();
    }
}
