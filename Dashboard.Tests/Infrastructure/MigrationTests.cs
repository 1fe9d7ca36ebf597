using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.Audit;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

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

    /// <summary>
    /// The contexts run on the compiled models of Infrastructure/Data/CompiledModels (they start 0.7 s sooner); a model
    /// change without regenerating them would run on the old model. This fails then, and says how to regenerate.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSQL)]
    public async Task CompiledModel_IsTheModelTheConfigurationBuilds(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var context = db.CreateDbContext();
        var configured = context.GetService<IDesignTimeModel>().Model;

        Assert.Contains("CompiledModels", context.Model.GetType().Namespace);
        Assert.True(Described(configured).SequenceEqual(Described(context.Model)), $"The compiled model of {context.GetType().Name} is out of "
            + "date: run `dotnet ef dbcontext optimize` as README \"Compiled models\" says.");
    }

    /// <summary>What queries and saves depend on (collations and computed SQL are for migrations, which read the configuration): every table's columns, keys and indexes, every property's type and converter.</summary>
    private static List<string> Described(IModel model) =>
    [
        .. model.GetRelationalModel().Tables.SelectMany(t => t.Columns.Select(c => $"{t.Name}.{c.Name} {c.StoreType} {c.IsNullable}")
            .Concat(t.Indexes.Select(i => $"{t.Name} index {i.Name} ({string.Join(", ", i.Columns.Select(c => c.Name))}) {i.IsUnique}"))
            .Concat(t.ForeignKeyConstraints.Select(f => $"{t.Name} fk {f.Name} {f.OnDeleteAction}"))
            .Append($"{t.Name} pk {t.PrimaryKey?.Name} ({string.Join(", ", t.PrimaryKey?.Columns.Select(c => c.Name) ?? [])})")),
        .. model.GetEntityTypes().SelectMany(e => e.GetProperties().Select(p =>
            $"{e.Name}.{p.Name} {p.ClrType.Name} {p.GetValueConverter()?.ProviderClrType.Name} {p.ValueGenerated} {p.IsConcurrencyToken}")),
    ];

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
