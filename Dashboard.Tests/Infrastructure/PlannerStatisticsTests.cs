using Dashboard.Features.People;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Infrastructure;

public sealed class PlannerStatisticsTests
{
    /// <summary>Rows of planner statistics for the table's indexes (none while the file was never analysed).</summary>
    private static async Task<int> AnalysedIndexesAsync(DashboardDbContext db, string table)
    {
        var analysed = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name = 'sqlite_stat1'").SingleAsync();
        return analysed == 0 ? 0 : await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_stat1 WHERE tbl = {0}", table).SingleAsync();
    }

    [Fact]
    public async Task Refresh_GivesStatistics_ToAFileGrownOnlyThroughSaves()
    {
        await using var file = await TestDatabase.CreateAsync();
        await using (var db = file.CreateDbContext())
        {
            for (var i = 0; i < 2_000; i++)
            {
                db.Units.Add(new Unit { Code = $"U{i:D4}", Name = $"Đơn vị {i}", Agency = i % 2 == 0 ? Agency.Police : Agency.Telecom });
            }
            await db.SaveChangesAsync();
            Assert.Equal(0, await AnalysedIndexesAsync(db, "Units"));
        }

        await using (var fresh = file.CreateDbContext())
        {
            await PlannerStatistics.RefreshAsync(fresh);
        }

        await using var check = file.CreateDbContext();
        Assert.True(await AnalysedIndexesAsync(check, "Units") > 0, "no statistics for Units");
    }
}
