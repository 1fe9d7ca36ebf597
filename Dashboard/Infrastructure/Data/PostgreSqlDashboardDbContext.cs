using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Data;

/// <summary>
/// The same model on PostgreSQL. A type of its own so that EF Core keeps its migrations (PostgreSqlMigrations/) apart
/// from SQLite's: a migration belongs to the context type named in its [DbContext] attribute.
/// </summary>
public sealed class PostgreSqlDashboardDbContext(DbContextOptions<PostgreSqlDashboardDbContext> options, TimeProvider time)
    : DashboardDbContext(options, time);
