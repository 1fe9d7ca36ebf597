using Dashboard.Features.Audit;
using Dashboard.Features.People;
using Dashboard.Infrastructure;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Infrastructure;

public sealed class DataChangeNotifierTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dashboard-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = null!;
    private int _notices;

    public async Task InitializeAsync()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Dashboard"] = $"Data Source={Path.Combine(_folder, "d.db")}",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddDashboardCore(config).BuildServiceProvider();
        await DataRegistration.MigrateAsync(_services);
        _services.GetRequiredService<DataChangeNotifier>().Changed += () => _notices++;
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private DashboardDbContext NewContext() => _services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext();

    [Fact]
    public async Task Save_NotifiesOnce_AfterTheAuditedTransactionCommits()
    {
        await using var db = NewContext();
        db.Units.Add(new Unit { Code = "PA05", Name = "Phòng An ninh mạng", Agency = Agency.Police });

        await db.SaveChangesAsync();

        Assert.Equal(1, _notices);
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Entity == "Unit" && a.EntityKey == "PA05" && a.Action == "Added"));
    }

    [Fact]
    public async Task Save_DoesNotNotify_WhenTheOuterTransactionRollsBack()
    {
        await using var db = NewContext();
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            db.Units.Add(new Unit { Code = "PC02", Name = "Phòng Cảnh sát hình sự", Agency = Agency.Police });
            await db.SaveChangesAsync();
            Assert.Equal(0, _notices);
            await tx.RollbackAsync();
        }

        Assert.Equal(0, _notices);
        await using var fresh = NewContext();
        Assert.False(await fresh.Units.AnyAsync(u => u.Code == "PC02"));
    }

    [Fact]
    public async Task Save_RecordsFieldChangesAndBumpsTheVersion_WhenARecordIsEdited()
    {
        await using (var db = NewContext())
        {
            db.Units.Add(new Unit { Code = "TTVT-DV", Name = "Trung tâm Viễn thông Đồng Văn", Agency = Agency.Telecom });
            await db.SaveChangesAsync();
        }
        await using (var db = NewContext())
        {
            var unit = await db.Units.SingleAsync(u => u.Code == "TTVT-DV");
            unit.Name = "Trung tâm Viễn thông Đồng Văn – Mèo Vạc";
            await db.SaveChangesAsync();
            Assert.Equal(1, unit.Version);
        }

        await using var check = NewContext();
        var modified = await check.AuditEntries.SingleAsync(a => a.Entity == "Unit" && a.Action == "Modified");
        Assert.Contains("Trung tâm Viễn thông Đồng Văn – Mèo Vạc", System.Text.RegularExpressions.Regex.Unescape(modified.Changes!));
        Assert.Equal(2, _notices);
    }

    [Fact]
    public async Task Save_RefusesAStaleEdit_WhenSomeoneElseSavedFirst()
    {
        await using (var db = NewContext())
        {
            db.Units.Add(new Unit { Code = "PA04", Name = "Phòng An ninh điều tra", Agency = Agency.Police });
            await db.SaveChangesAsync();
        }
        await using var first = NewContext();
        await using var second = NewContext();
        var a = await first.Units.SingleAsync(u => u.Code == "PA04");
        var b = await second.Units.SingleAsync(u => u.Code == "PA04");
        a.Name = "Tên thứ nhất";
        await first.SaveChangesAsync();
        b.Name = "Tên thứ hai";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = NewContext();
        Assert.Equal("Tên thứ nhất", (await check.Units.SingleAsync(u => u.Code == "PA04")).Name);
    }
}
