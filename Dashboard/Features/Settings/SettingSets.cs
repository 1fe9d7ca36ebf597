using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Settings;

/// <summary>The sets of the settings on the context, kept beside their entities so that the context names no feature.</summary>
public static class SettingSets
{
    extension(DashboardDbContext db)
    {
        public DbSet<Setting> Settings => db.Set<Setting>();
    }
}
