using Dashboard.Features.Agreements;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Infrastructure;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_CreateReferenceData_OnAnEmptyFile()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var context = db.CreateDbContext();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        var agreements = await context.Agreements.OrderBy(a => a.StartsOn).ToListAsync();
        Assert.Equal(["QCPH-2012", "QCPH-2023"], agreements.Select(a => a.Code));
        Assert.Equal(new DateOnly(2023, 10, 28), agreements[0].EndsOn);
        Assert.Equal(new DateOnly(2023, 10, 29), agreements[1].StartsOn);
        Assert.Equal(new DateOnly(2027, 12, 31), agreements[1].EndsOn);
        Assert.Equal(agreements[0].Id, agreements[1].PredecessorId);
        var districts = await context.Areas.Where(a => a.Level == Dashboard.Features.Areas.AreaLevel.District).Select(a => a.Name).ToListAsync();
        Assert.Equal(11, districts.Count);
        Assert.Contains("Hoàng Su Phì", districts);
        Assert.Contains("Mèo Vạc", districts);
    }
}
