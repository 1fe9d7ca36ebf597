using Dashboard.Features.Kpis;
using Dashboard.Features.Overview;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.Overview;

public sealed class OverviewQueriesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset AsOf = new(2024, 3, 20, 12, 0, 0, TimeSpan.FromHours(7));
    private TestDatabase _db = null!;
    private OverviewQueries _queries = null!;
    private FiguresService _figures = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _queries = new OverviewQueries(_db);
        _figures = new FiguresService(_db, new Dashboard.Infrastructure.Time.LocalClock(_db.Time), new Dashboard.Features.Commendations.CandidateRanking());
        await using var db = _db.CreateDbContext();
        var unit = new Unit { Code = "PA05", Name = "PA05", Agency = Agency.Police };
        db.Units.Add(unit);
        // 00:30 local on 1 March is still 29 February in UTC: it belongs to March.
        Add(db, unit, "1", Utc(2024, 2, 29, 17, 30), answeredAfterHours: 23.9);
        Add(db, unit, "2", Utc(2024, 2, 29, 16, 30), answeredAfterHours: 24);
        Add(db, unit, "3", Utc(2024, 3, 2, 1, 0), answeredAfterHours: 72);
        Add(db, unit, "4", Utc(2024, 3, 3, 1, 0), answeredAfterHours: 24 * 7);
        Add(db, unit, "5", Utc(2024, 3, 19, 1, 0), answeredAfterHours: null, due: Utc(2024, 3, 20, 4, 59));
        Add(db, unit, "6", Utc(2024, 3, 19, 1, 0), answeredAfterHours: null, due: Utc(2024, 3, 21, 4, 59));
        Add(db, unit, "7", Utc(2024, 3, 19, 1, 0), answeredAfterHours: null, due: Utc(2024, 3, 21, 5, 0));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static DateTime Utc(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    private static void Add(Dashboard.Infrastructure.Data.DashboardDbContext db, Unit unit, string reference, DateTime received, double? answeredAfterHours, DateTime? due = null)
    {
        var r = new InformationRequest
        {
            AgreementId = 2, ReferenceNo = reference, Subject = "Xác minh " + reference, RequestingUnit = unit, ReceivedAt = received, DueAt = due ?? received.AddDays(7),
        };
        if (answeredAfterHours is { } h)
        {
            r.ChangeStatus(RequestStatus.Answered, received.AddHours(h));
        }
        db.Requests.Add(r);
    }

    [Fact]
    public async Task MonthlyRequests_BucketInLocalTime_AndFillEveryMonthOfTheWindow()
    {
        var (months, _) = await _figures.RequestSeriesAsync(await _figures.ResolveAsync(new FigureQuery(null, new DateOnly(2024, 2, 1), new DateOnly(2024, 4, 1), AsOf)));

        Assert.Equal([(2024, 2, 1, 0), (2024, 3, 6, 4)], months.Select(m => (m.Year, m.Month, m.Received, m.Answered)));
    }

    [Fact]
    public async Task Turnaround_PutsEachAnswerInItsBucket_AtTheBoundaries()
    {
        var (_, buckets) = await _figures.RequestSeriesAsync(await _figures.ResolveAsync(new FigureQuery(null, new DateOnly(2024, 1, 1), new DateOnly(2024, 4, 1), AsOf)));

        Assert.Equal(new TurnaroundBuckets(1, 1, 1, 1), buckets);
    }

    [Fact]
    public async Task DueSoon_ListsOverdueThenDueWithin24Hours_AndNothingLater()
    {
        var due = await _queries.DueSoonAsync(null, AsOf, 10);

        Assert.Equal([("5", true), ("6", false)], due.Select(d => (d.ReferenceNo, d.Overdue)));
    }
}
