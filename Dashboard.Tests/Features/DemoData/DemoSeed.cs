using Dashboard.Features.DemoData;
using Dashboard.Infrastructure.Time;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.DemoData;

/// <summary>A fresh migrated database and a generator on a fixed clock: Saturday 28/11/2026, 12:00 in Hà Giang.</summary>
internal static class DemoSeed
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.FromHours(7));

    public static async Task<(TestDatabase Db, DemoDataGenerator Generator)> EmptyAsync()
    {
        var db = await TestDatabase.CreateAsync(new FixedTime(Now));
        return (db, new DemoDataGenerator(db, new LocalClock(db.Time)));
    }

    public static async Task<TestDatabase> DemoAsync(int seed = DemoDataGenerator.DefaultSeed)
    {
        var (db, generator) = await EmptyAsync();
        await generator.SeedDemoAsync(seed);
        return db;
    }
}
