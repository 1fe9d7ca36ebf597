using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis.Totals;

/// <summary>The sets of the figure totals on the context, kept beside their entities so that the context names no feature.</summary>
public static class FigureTotalSets
{
    extension(DashboardDbContext db)
    {
        public DbSet<FigureTotal> FigureTotals => db.Set<FigureTotal>();
    }
}
