using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Commendations;

/// <summary>The sets of the commendations on the context, kept beside their entities so that the context names no feature.</summary>
public static class CommendationSets
{
    extension(DashboardDbContext db)
    {
        public DbSet<Commendation> Commendations => db.Set<Commendation>();
    }
}
