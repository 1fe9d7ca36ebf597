using Dashboard.Features.People;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Infrastructure;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSQL)]
    public async Task Migrations_CreateReferenceData_OnAnEmptyDatabase(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var context = db.CreateDbContext();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        var agreements = await context.Agreements.OrderBy(a => a.StartsOn).ToListAsync();
        Assert.Equal(["QCPH-2012", "QCPH-2023"], agreements.Select(a => a.Code));
        Assert.Equal(new DateOnly(2023, 10, 28), agreements[0].EndsOn);
        Assert.Equal(new DateOnly(2023, 10, 29), agreements[1].StartsOn);
        Assert.Equal(new DateOnly(2027, 12, 31), agreements[1].EndsOn);
        Assert.Equal(agreements[0].Id, agreements[1].PredecessorId);
        var districts = await context.Areas.Where(a => a.Level == global::Dashboard.Features.Areas.AreaLevel.District).Select(a => a.Name).ToListAsync();
        Assert.Equal(11, districts.Count);
        Assert.Contains("Hoàng Su Phì", districts);
        Assert.Contains("Mèo Vạc", districts);
    }

    [Fact]
    public async Task PostgreSqlMigrations_ArePostgreSqlsOwn_AndLeaveNoModelChangePending()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);
        await using var context = db.CreateDbContext();

        Assert.IsType<PostgreSqlDashboardDbContext>(context);
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", context.Database.ProviderName);
        Assert.False(context.Database.HasPendingModelChanges());
        Assert.All(context.Database.GetAppliedMigrations(), m => Assert.DoesNotContain(m, SqliteMigrationIds()));
    }

    [Fact]
    public async Task PostgreSql_AUnitAndItsPerson_ReadBackAsWritten_WithTheAuditTimeInUtc()
    {
        var before = DateTime.UtcNow.AddSeconds(-1);
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);
        await using (var w = db.CreateDbContext())
        {
            var unit = new Unit { Code = "PA05", Name = "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", Agency = Agency.Police };
            w.People.Add(new Person { Code = "P01", FullName = "Giàng A Páo", Title = "Đại úy", Unit = unit });
            await w.SaveChangesAsync();
        }

        await using var r = db.CreateDbContext();
        var person = await r.People.Include(p => p.Unit).SingleAsync();
        Assert.Equal("Giàng A Páo", person.FullName);
        Assert.Equal(Agency.Police, person.Unit!.Agency);
        Assert.Equal("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", person.Unit.Name);
        var audit = await r.AuditEntries.OrderBy(a => a.Id).FirstAsync();
        Assert.Equal(DateTimeKind.Utc, audit.At.Kind);
        Assert.InRange(audit.At, before, DateTime.UtcNow.AddSeconds(1));
    }

    private static string[] SqliteMigrationIds()
    {
        var options = new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var sqlite = new DashboardDbContext(options, TimeProvider.System);
        return [.. sqlite.Database.GetMigrations()];
    }
}
