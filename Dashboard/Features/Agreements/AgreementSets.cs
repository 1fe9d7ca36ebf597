using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Agreements;

/// <summary>The sets of the agreements on the context, kept beside their entities so that the context names no feature.</summary>
public static class AgreementSets
{
    extension(DashboardDbContext db)
    {
        public DbSet<Agreement> Agreements => db.Set<Agreement>();
    }
}
