using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Incidents;

/// <summary>The sets of the incidents on the context, kept beside their entities so that the context names no feature.</summary>
public static class IncidentSets
{
    extension(DashboardDbContext db)
    {
        public DbSet<Incident> Incidents => db.Set<Incident>();
    }
}
