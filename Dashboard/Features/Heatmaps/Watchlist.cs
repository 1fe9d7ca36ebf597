using System.Globalization;
using Dashboard.Features.Areas;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis;
using Dashboard.Features.Settings;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Heatmaps;

/// <summary>An area hit repeatedly: how often, and what the hits cost (outage, subscribers, damage).</summary>
public sealed record WatchlistRow(
    string AreaCode, string AreaName, DateOnly? AreaValidTo, int Hits, long OutageMinutes, long SubscribersAffected, long DamageVnd);

/// <summary>The repeat-hit watchlist: areas hit at least N times in the 90 days before AsOf, to plan patrols together.</summary>
public sealed class WatchlistService(IDbContextFactory<DashboardDbContext> dbs, LocalClock clock)
{
    /// <summary>Settings key of N; absent or unreadable means <see cref="DefaultMinHits"/>.</summary>
    public const string MinHitsKey = "Watchlist.MinHits";
    public const int DefaultMinHits = 3;
    public static readonly TimeSpan Window = TimeSpan.FromDays(90);

    public async Task<int> DefaultMinHitsAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var value = await db.Settings.Where(s => s.Key == MinHitsKey).Select(s => s.Value).FirstOrDefaultAsync(ct);
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : DefaultMinHits;
    }

    /// <summary>
    /// Incidents of the agreement (null: all) with OccurredAt in (AsOf − 90 days, AsOf], areas rolled up to
    /// <paramref name="level"/>, kept when hit at least <paramref name="minHits"/> times; most hits first, then most damage.
    /// One GROUP BY … HAVING, joined to the area for its name.
    /// </summary>
    public async Task<IReadOnlyList<WatchlistRow>> ComputeAsync(
        string? agreement, int minHits, AreaLevel? level, DateTimeOffset? asOf = null, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var window = await FigureWindows.ResolveAsync(db, clock, new FigureQuery(agreement, AsOf: asOf), ct);
        var (ids, end) = (window.AgreementIds, window.AsOfUtc);
        var start = end - Window;
        var hits = db.Incidents
            .Where(i => ids.Contains(i.AgreementId) && i.OccurredAt > start && i.OccurredAt <= end)
            .RollUp(level)
            .GroupBy(i => i.AreaId)
            .Where(g => g.Count() >= minHits)
            .Select(g => new
            {
                AreaId = g.Key,
                Hits = g.Count(),
                Outage = g.Sum(i => (long)i.OutageMinutes),
                Subscribers = g.Sum(i => (long)i.SubscribersAffected),
                Damage = g.Sum(i => i.DamageVnd),
            });
        var rows = await hits
            .Join(db.Areas, h => h.AreaId, a => a.Id, (h, a) => new WatchlistRow(a.Code, a.Name, a.ValidTo, h.Hits, h.Outage, h.Subscribers, h.Damage))
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Hits).ThenByDescending(r => r.DamageVnd).ThenBy(r => r.AreaCode, StringComparer.Ordinal)];
    }
}
