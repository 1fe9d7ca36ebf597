using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Overview;

/// <summary>A month (local) with the requests received and answered in it.</summary>
public sealed record MonthCount(int Year, int Month, int Received, int Answered);

/// <summary>Answered requests by time taken: under a day, 1–3 days, 3–7 days, over a week.</summary>
public sealed record TurnaroundBuckets(int UnderADay, int OneToThreeDays, int ThreeToSevenDays, int OverAWeek);

/// <summary>An open request whose deadline has passed or comes within 24 hours.</summary>
public sealed record DueRequest(int Id, string ReferenceNo, string Subject, RequestPriority Priority, DateTime DueAt, string? AssignedTo, bool Overdue);

/// <summary>The overview's series beside the figures of SPEC §3: same window and asOf rules, grouped in SQL.</summary>
public sealed class OverviewQueries(IDbContextFactory<DashboardDbContext> factory)
{
    public async Task<List<MonthCount>> MonthlyRequestsAsync(int? agreementId, DateOnly from, DateOnly to, DateTimeOffset asOf, CancellationToken ct = default)
    {
        var (start, end, cut) = Bounds(from, to, asOf);
        var hours = LocalClock.Offset.TotalHours;
        await using var db = await factory.CreateDbContextAsync(ct);
        var requests = db.Requests.AsNoTracking().Where(r => agreementId == null || r.AgreementId == agreementId);
        var received = await requests
            .Where(r => r.ReceivedAt >= start && r.ReceivedAt < end && r.ReceivedAt <= cut)
            .GroupBy(r => new { r.ReceivedAt.AddHours(hours).Year, r.ReceivedAt.AddHours(hours).Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(ct);
        var answered = await requests
            .Where(r => r.AnsweredAt >= start && r.AnsweredAt < end && r.AnsweredAt <= cut)
            .GroupBy(r => new { r.AnsweredAt!.Value.AddHours(hours).Year, r.AnsweredAt!.Value.AddHours(hours).Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(ct);
        var months = new List<MonthCount>();
        for (var m = new DateOnly(from.Year, from.Month, 1); m < to; m = m.AddMonths(1))
        {
            months.Add(new MonthCount(m.Year, m.Month,
                received.FirstOrDefault(x => x.Year == m.Year && x.Month == m.Month)?.Count ?? 0,
                answered.FirstOrDefault(x => x.Year == m.Year && x.Month == m.Month)?.Count ?? 0));
        }
        return months;
    }

    public async Task<TurnaroundBuckets> TurnaroundAsync(int? agreementId, DateOnly from, DateOnly to, DateTimeOffset asOf, CancellationToken ct = default)
    {
        var (start, end, cut) = Bounds(from, to, asOf);
        await using var db = await factory.CreateDbContextAsync(ct);
        var b = await db.Requests.AsNoTracking()
            .Where(r => (agreementId == null || r.AgreementId == agreementId) && r.AnsweredAt >= start && r.AnsweredAt < end && r.AnsweredAt <= cut)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Day = g.Count(r => r.AnsweredAt < r.ReceivedAt.AddHours(24)),
                Three = g.Count(r => r.AnsweredAt >= r.ReceivedAt.AddHours(24) && r.AnsweredAt < r.ReceivedAt.AddHours(72)),
                Seven = g.Count(r => r.AnsweredAt >= r.ReceivedAt.AddHours(72) && r.AnsweredAt < r.ReceivedAt.AddDays(7)),
                More = g.Count(r => r.AnsweredAt >= r.ReceivedAt.AddDays(7)),
            })
            .SingleOrDefaultAsync(ct);
        return b is null ? new TurnaroundBuckets(0, 0, 0, 0) : new TurnaroundBuckets(b.Day, b.Three, b.Seven, b.More);
    }

    /// <summary>Open at asOf and due before asOf + 24 h, soonest first.</summary>
    public async Task<List<DueRequest>> DueSoonAsync(int? agreementId, DateTimeOffset asOf, int take, CancellationToken ct = default)
    {
        var cut = asOf.UtcDateTime;
        var soon = cut.AddHours(24);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Requests.AsNoTracking()
            .Where(r => (agreementId == null || r.AgreementId == agreementId) && r.ReceivedAt <= cut && (r.ClosedAt == null || r.ClosedAt > cut) && r.DueAt < soon)
            .OrderBy(r => r.DueAt).Take(take)
            .Select(r => new DueRequest(r.Id, r.ReferenceNo, r.Subject, r.Priority, r.DueAt, r.AssignedTo != null ? r.AssignedTo.FullName : null, r.DueAt < cut))
            .ToListAsync(ct);
    }

    /// <summary>Whether [from, to) shares a day with the agreement's period.</summary>
    public async Task<bool> AgreementOverlapsAsync(int agreementId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var last = to.AddDays(-1);
        return await db.Agreements.AnyAsync(a => a.Id == agreementId && a.StartsOn <= last && a.EndsOn >= from, ct);
    }

    private static (DateTime Start, DateTime End, DateTime Cut) Bounds(DateOnly from, DateOnly to, DateTimeOffset asOf) =>
        (LocalClock.StartOfDayUtc(from), LocalClock.StartOfDayUtc(to), asOf.UtcDateTime);
}
