using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Areas;

/// <summary>The sets of the areas on the context, kept beside their entities so that the context names no feature.</summary>
public static class AreaSets
{
    extension(DashboardDbContext db)
    {
        public DbSet<Area> Areas => db.Set<Area>();
    }
}
