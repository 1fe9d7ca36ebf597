using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis.Totals;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Data.Dialects;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Features.Kpis;

/// <summary>The figure totals cannot drift from the rows: a new definition rebuilds them, a write around the upkeep fails.</summary>
public abstract class TotalsUpkeepTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private FigureData _data = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider);
        _data = new FigureData(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Totals_AreRebuiltFromTheRows_WhenTheirDefinitionStampIsOld_AndOnlyThen()
    {
        await _data.RequestAsync(FigureData.Local(2024, 3, 5, 9), FigureData.Local(2024, 3, 6, 9), answered: FigureData.Local(2024, 3, 5, 15));
        await using var db = _db.CreateDbContext();
        Assert.True(await FigureTotalsVersion.EnsureCurrentAsync(db, default));              // a new database has no stamp yet
        var good = await TotalsAsync(db);
        await db.Database.ExecuteSqlRawAsync(FigureTablesGuard.UpkeepTag + "UPDATE \"FigureTotals\" SET \"Count\" = \"Count\" + 1000");

        Assert.False(await FigureTotalsVersion.EnsureCurrentAsync(db, default));             // same definition: left alone
        Assert.NotEqual(good, await TotalsAsync(db));
        await db.Database.ExecuteSqlRawAsync("UPDATE \"Settings\" SET \"Value\" = 'old' WHERE \"Key\" = {0}", FigureTotalsVersion.SettingKey);
        Assert.True(await FigureTotalsVersion.EnsureCurrentAsync(db, default));              // another definition: rebuilt
        Assert.Equal(good, await TotalsAsync(db));
        Assert.Equal(FigureTotalsVersion.Of(SqlDialect.Of(db.Database)), await FigureTotalsVersion.StoredAsync(db, default));
    }

    [Fact]
    public async Task Writes_ThatBypassTheTotalsUpkeep_FailLoudly_AndChangeNothing()
    {
        var request = await _data.RequestAsync(FigureData.Local(2024, 3, 5, 9), FigureData.Local(2024, 3, 6, 9));
        await _data.IncidentAsync(FigureData.Local(2024, 3, 7, 9));
        await using var db = _db.CreateDbContext();

        await AssertBypassAsync(() => db.Requests.ExecuteUpdateAsync(s => s.SetProperty(r => r.AnsweredAt, FigureData.Local(2024, 3, 5, 10))));
        await AssertBypassAsync(() => db.Incidents.ExecuteDeleteAsync());
        await AssertBypassAsync(() => db.FigureTotals.ExecuteDeleteAsync());
        await AssertBypassAsync(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"Verifications\" WHERE \"Count\" > 0"));
        await AssertBypassAsync(() => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"FigureTotals\" (\"AgreementId\", \"Span\", \"Period\", \"Fact\", \"KeyId\", \"KeyName\", \"Count\", \"OnTime\", \"Resolved\", \"Critical\", "
            + "\"ResolveMilliseconds\", \"OutageMinutes\", \"SubscribersAffected\", \"DamageVnd\") VALUES (2, 0, 1, 1, 0, '', 5, 0, 0, 0, 0, 0, 0, 0)"));

        Assert.Null((await db.Requests.AsNoTracking().SingleAsync(r => r.Id == request.Id)).AnsweredAt);
        Assert.Equal(1, await db.Incidents.CountAsync());
        Assert.Equal(await RebuiltAsync(db), await TotalsAsync(db));
    }

    private static async Task AssertBypassAsync(Func<Task> write)
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(write);
        Assert.Contains("would leave the figure totals wrong", e.Message, StringComparison.Ordinal);
    }

    internal static async Task<List<string>> TotalsAsync(DashboardDbContext db) =>
        [.. (await db.FigureTotals.AsNoTracking().ToListAsync())
            .Select(t => $"{t.AgreementId} {t.Span} {t.Period} {t.Fact} {t.KeyId} {t.KeyName}: {t.Count} {t.OnTime} {t.Resolved} {t.Critical} {t.ResolveMilliseconds} {t.OutageMinutes} {t.SubscribersAffected} {t.DamageVnd}")
            .Order(StringComparer.Ordinal)];

    /// <summary>What a rebuild from the rows gives, rolled back afterwards.</summary>
    internal static async Task<List<string>> RebuiltAsync(DashboardDbContext db)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync(FigureTotalWriter.RebuildSql(SqlDialect.Of(db.Database)));
        var rows = await TotalsAsync(db);
        await transaction.RollbackAsync();
        return rows;
    }
}

public sealed class TotalsUpkeepOnSqliteTests() : TotalsUpkeepTests(DatabaseProvider.Sqlite);

public sealed class TotalsUpkeepOnPostgreSqlTests() : TotalsUpkeepTests(DatabaseProvider.PostgreSQL)
{
    /// <summary>
    /// Two app nodes (two context factories of their own on one PostgreSQL database) save requests into the same agreement
    /// and month at the same moment, on READ COMMITTED: the totals still equal a rebuild from the rows.
    /// </summary>
    [Fact]
    public async Task ConcurrentSaves_FromTwoNodes_IntoOneMonth_LeaveTotalsEqualToARebuild()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);
        var unit = (await new FigureData(db).PersonAsync("P01", "Giàng A Páo", Agency.Police)).UnitId;
        var agreement = await new FigureData(db).AgreementIdAsync(FigureData.Agreement2023);
        var nodes = new[] { Node(db.ConnectionString), Node(db.ConnectionString) };
        const int SavesPerNode = 25;
        using var start = new Barrier(nodes.Length);

        var saves = nodes.Select((node, n) => Task.Run(async () =>
        {
            start.SignalAndWait();
            for (var i = 0; i < SavesPerNode; i++)
            {
                await using var context = node();
                var received = FigureData.Local(2024, 3, 1 + i % 28, 8 + n);
                context.Requests.Add(new InformationRequest
                {
                    AgreementId = agreement, ReferenceNo = $"{n}-{i}/CV-PA05", RequestingUnitId = unit, Subject = "Tra cứu thuê bao",
                    ReceivedAt = received, DueAt = received.AddDays(1), Status = RequestStatus.Answered, AnsweredAt = received.AddHours(2 + n),
                    ClosedAt = received.AddHours(2 + n),
                });
                await context.SaveChangesAsync();
            }
        })).ToArray();
        await Task.WhenAll(saves);

        await using var check = db.CreateDbContext();
        Assert.Equal(nodes.Length * SavesPerNode, await check.Requests.CountAsync());
        var stored = await TotalsAsync(check);
        Assert.Contains(stored, t => t.EndsWith($": {nodes.Length * SavesPerNode} 0 0 0 0 0 0 0", StringComparison.Ordinal));
        Assert.Equal(await RebuiltAsync(check), stored);
    }

    private static Func<DashboardDbContext> Node(string connection)
    {
        var builder = new DbContextOptionsBuilder<PostgreSqlDashboardDbContext>();
        DataRegistration.UsePostgreSql(builder, connection);
        var options = builder.Options;
        return () => new PostgreSqlDashboardDbContext(options, TimeProvider.System);
    }
}
