using Dashboard.Features.Agreements;
using Dashboard.Features.Audit;
using Dashboard.Features.Commendations;
using Dashboard.Features.Incidents;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Time;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Features.DemoData;

public sealed class DemoDataGeneratorTests
{
    [Fact]
    public async Task SeedDemoAsync_Qcph2012HoldsTheReviewReportFigures_WhenDatabaseIsEmpty()
    {
        await using var db = await DemoSeed.DemoAsync();
        await using var context = db.CreateDbContext();
        var agreement = await context.Agreements.SingleAsync(a => a.Code == "QCPH-2012");
        var first = LocalClock.StartOfDayUtc(agreement.StartsOn);
        var afterLast = LocalClock.StartOfDayUtc(agreement.EndsOn.AddDays(1));

        var requests = await context.Requests.Where(r => r.AgreementId == agreement.Id).ToListAsync();
        var verifications = await context.Verifications.Where(v => v.AgreementId == agreement.Id).ToListAsync();

        Assert.Equal(20, requests.Count);
        Assert.Equal(920, verifications.Sum(v => v.Count));
        Assert.All(requests, r =>
        {
            Assert.Equal(RequestStatus.Answered, r.Status);
            Assert.InRange(r.ReceivedAt, first, afterLast.AddTicks(-1));
            Assert.InRange(r.AnsweredAt!.Value, r.ReceivedAt, afterLast.AddTicks(-1));
            Assert.Equal(r.AnsweredAt, r.ClosedAt);
        });
        var byId = requests.ToDictionary(r => r.Id);
        Assert.All(verifications, v => Assert.InRange(v.PerformedAt, byId[v.RequestId].ReceivedAt, byId[v.RequestId].AnsweredAt!.Value));
        Assert.Equal(0, await context.Verifications.CountAsync(v => v.AgreementId != v.Request!.AgreementId));
        Assert.All(await context.Incidents.Where(i => i.AgreementId == agreement.Id).ToListAsync(),
            i => Assert.InRange(i.OccurredAt, first, afterLast.AddTicks(-1)));
        Assert.All(await context.Commendations.Where(c => c.AgreementId == agreement.Id).ToListAsync(),
            c => Assert.True(agreement.IsInForceOn(c.AwardedOn)));
    }

    [Fact]
    public async Task SeedDemoAsync_WritesIdenticalData_WhenSeedAndClockAreTheSame()
    {
        await using var one = await DemoSeed.DemoAsync(7);
        await using var two = await DemoSeed.DemoAsync(7);

        var dump = await DatabaseDump.OfAsync(one.ConnectionString);

        Assert.Contains("SC-2012-0001", dump, StringComparison.Ordinal);
        Assert.Equal(dump, await DatabaseDump.OfAsync(two.ConnectionString));
    }

    [Fact]
    public async Task SeedDemoAsync_WritesDifferentData_WhenSeedDiffers()
    {
        await using var one = await DemoSeed.DemoAsync(1);
        await using var two = await DemoSeed.DemoAsync(2);

        Assert.NotEqual(await DatabaseDump.OfAsync(one.ConnectionString), await DatabaseDump.OfAsync(two.ConnectionString));
    }

    [Fact]
    public async Task SeedDemoAsync_LeavesRequestsOverdueAndDueWithin24h_RelativeToTheClock()
    {
        await using var db = await DemoSeed.DemoAsync();
        await using var context = db.CreateDbContext();
        var now = DemoSeed.Now.UtcDateTime;
        var open = await context.Requests.Where(r => r.Agreement!.Code == "QCPH-2023" && r.ReceivedAt <= now && (r.ClosedAt == null || r.ClosedAt > now))
            .ToListAsync();

        Assert.Contains(open, r => r.DueAt < now);
        Assert.Contains(open, r => r.DueAt >= now && r.DueAt < now.AddHours(24));
        var all = await context.Requests.Where(r => r.Agreement!.Code == "QCPH-2023").ToListAsync();
        Assert.InRange(all.Count, 40, 70);
        Assert.All(all, r => Assert.Equal(r.ReceivedAt + InformationRequest.DefaultTimeAllowed(r.Priority), r.DueAt));
        Assert.Contains(all, r => r.AnsweredAt > r.DueAt);
        Assert.True(all.Count(r => r.Status == RequestStatus.Answered) > all.Count / 2);
        Assert.InRange(await context.Verifications.Where(v => v.Request!.Agreement!.Code == "QCPH-2023").SumAsync(v => v.Count), 1400, 1600);
    }

    [Fact]
    public async Task SeedDemoAsync_GivesPeopleVietnameseNames_IncludingHmongNames()
    {
        await using var db = await DemoSeed.DemoAsync();
        await using var context = db.CreateDbContext();
        var people = await context.People.Include(p => p.Unit).ToListAsync();

        Assert.InRange(people.Count, 30, 50);
        Assert.All(people, p => Assert.Contains(p.FullName, c => c > 127));
        Assert.Contains(people, p => p.FullName == "Giàng A Páo");
        Assert.True(people.Count(p => p.FullName.Split(' ')[0] is "Giàng" or "Sùng" or "Thào" or "Vàng" or "Lý" or "Vương" or "Mua") >= 5);
        Assert.Contains(people, p => p.Title == "Đại úy" && p.Unit!.Code == "PA05");
        Assert.Contains(people, p => p.Code == "T01" && p.Unit!.Agency == Dashboard.Features.People.Agency.Telecom);
        Assert.Contains(people, p => p.Code == "P01" && p.Unit!.Agency == Dashboard.Features.People.Agency.Police);
    }

    [Fact]
    public async Task SeedDemoAsync_AssignsEveryIncidentToTheAgreementInForce_AtItsOccurredAt()
    {
        await using var db = await DemoSeed.DemoAsync();
        await using var context = db.CreateDbContext();
        var agreements = await context.Agreements.ToListAsync();
        var incidents = await context.Incidents.ToListAsync();

        Assert.InRange(incidents.Count, 200, 600);
        Assert.All(incidents, i =>
        {
            var day = DateOnly.FromDateTime(LocalClock.ToLocal(i.OccurredAt).DateTime);
            Assert.Equal(agreements.Single(a => a.IsInForceOn(day)).Id, i.AgreementId);
            Assert.True(i.OccurredAt <= DemoSeed.Now.UtcDateTime);
        });
        Assert.Contains(incidents, i => i.AgreementId == agreements.Single(a => a.Code == "QCPH-2023").Id);
        Assert.Equal(11, incidents.Select(i => i.AreaId).Distinct().Count());
    }

    [Fact]
    public async Task SeedDemoAsync_DoesNothing_WhenDatabaseAlreadyHoldsData()
    {
        var (db, generator) = await DemoSeed.EmptyAsync();
        await using var _ = db;
        var first = await generator.SeedDemoAsync();
        var before = await DatabaseDump.OfAsync(db.ConnectionString);

        var second = await generator.SeedDemoAsync(99);

        Assert.False(first.Skipped);
        Assert.True(second.Skipped);
        Assert.Equal(before, await DatabaseDump.OfAsync(db.ConnectionString));
        await using var context = db.CreateDbContext();
        var audit = await context.AuditEntries.SingleAsync();
        Assert.Equal(("Seeded", "system"), (audit.Action, audit.Actor));
    }
}
