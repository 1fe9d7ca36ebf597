using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.People;

/// <summary>The sets of the units and their people on the context, kept beside their entities so that the context names no feature.</summary>
public static class PeopleSets
{
    extension(DashboardDbContext db)
    {
        public DbSet<Unit> Units => db.Set<Unit>();
        public DbSet<Person> People => db.Set<Person>();
    }
}
