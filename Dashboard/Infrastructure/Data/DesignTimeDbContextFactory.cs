using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Infrastructure.Data;

/// <summary>Used by `dotnet ef migrations add` only (SQLite).</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DashboardDbContext>
{
    public DashboardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite("Data Source=design.db").Options, TimeProvider.System);
}

/// <summary>Used by `dotnet ef migrations add --context PostgreSqlDashboardDbContext` only; it never connects.</summary>
internal sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlDashboardDbContext>
{
    public PostgreSqlDashboardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlDashboardDbContext>().UseNpgsql("Host=localhost;Database=design").Options, TimeProvider.System);
}
