using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Requests;

/// <summary>The sets of the requests and their verifications on the context, kept beside their entities so that the context names no feature.</summary>
public static class RequestSets
{
    extension(DashboardDbContext db)
    {
        public DbSet<InformationRequest> Requests => db.Set<InformationRequest>();
        public DbSet<Verification> Verifications => db.Set<Verification>();
    }
}
