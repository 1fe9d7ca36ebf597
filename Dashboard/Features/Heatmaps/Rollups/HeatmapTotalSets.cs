using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Heatmaps.Rollups;

/// <summary>The sets of the heat maps' month and week roll-ups on the context, kept beside their entities so that the context names no feature.</summary>
public static class HeatmapTotalSets
{
    extension(DashboardDbContext db)
    {
        public DbSet<HeatmapTotal> HeatmapTotals => db.Set<HeatmapTotal>();
        public DbSet<HeatmapWeekTotal> HeatmapWeeks => db.Set<HeatmapWeekTotal>();
    }
}
