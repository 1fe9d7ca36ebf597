using Dashboard.Features.Commendations;
using Dashboard.Features.Kpis;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.Kpis;

/// <summary>A fresh migrated database per test, a clock standing at <see cref="Now"/> and the figures service over both.</summary>
public abstract class FiguresFixture : IAsyncLifetime
{
    /// <summary>15/06/2024 12:00 local.</summary>
    public static readonly DateTimeOffset Now = new(2024, 6, 15, 12, 0, 0, LocalClock.Offset);

    /// <summary>The database the tests run on; a class "…OnPostgreSql" overrides it to run the same tests on PostgreSQL.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>SQLite files have a migration history that fills columns of rows already there; PostgreSQL's starts with them.</summary>
    protected bool OnSqlite => Provider == DatabaseProvider.Sqlite;

    protected TestDatabase Db { get; private set; } = null!;
    protected FigureData Data { get; private set; } = null!;
    protected FiguresService Figures { get; private set; } = null!;

    protected static DateTime Local(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        FigureData.Local(year, month, day, hour, minute, second);

    /// <summary>QCPH-2023 over [from, to) at the local instant asOf.</summary>
    protected static FigureQuery Query(DateOnly from, DateOnly to, DateTime asOfUtc, string? agreement = FigureData.Agreement2023) =>
        new(agreement, from, to, LocalClock.ToLocal(asOfUtc));

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync(Provider, new FixedTime(Now));
        Data = new FigureData(Db);
        Figures = new FiguresService(Db, new LocalClock(Db.Time), new CandidateRanking());
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();
}
