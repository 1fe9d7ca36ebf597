using System.Diagnostics;
using System.Text.Json;
using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.Audit;
using Dashboard.Features.Commendations;
using Dashboard.Features.Heatmaps.Rollups;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis.Totals;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.DemoData;

/// <summary>
/// Fills an empty database with believable, deterministic data (SPEC §4.8): the same seed and the same clock give
/// the same rows, byte for byte. A database that already holds requests or incidents is left alone.
/// </summary>
public sealed class DemoDataGenerator(IDbContextFactory<DashboardDbContext> factory, LocalClock clock)
{
    public const int DefaultSeed = 2012;

    public Task<SeedResult> SeedDemoAsync(int seed = DefaultSeed, CancellationToken ct = default) =>
        SeedAsync("demo", seed, async (db, writer, rng, now) =>
        {
            var agreements = await db.Agreements.AsNoTracking().Where(a => a.Id == ReferenceAgreements.Agreement2012Id || a.Id == ReferenceAgreements.Agreement2023Id)
                .OrderBy(a => a.Id).ToListAsync(ct);
            var districts = await db.Areas.AsNoTracking().Where(a => a.ParentId == ReferenceAreas.HaGiangProvinceId)
                .OrderBy(a => a.Id).ToListAsync(ct);
            new DemoScenario(rng, writer, now).Run(agreements[0], agreements[1], districts);
        }, ct);

    public Task<SeedResult> SeedNationalAsync(NationalOptions options, int seed = DefaultSeed, CancellationToken ct = default) =>
        SeedAsync("national", seed, (_, writer, rng, now) =>
        {
            new NationalScenario(rng, writer, now, options).Run();
            return Task.CompletedTask;
        }, ct);

    private async Task<SeedResult> SeedAsync(string scale, int seed, Func<DashboardDbContext, BulkWriter, Random, DateTime, Task> fill, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.Requests.AnyAsync(ct) || await db.Incidents.AnyAsync(ct))
        {
            return SeedResult.Nothing(scale, seed);
        }
        // Rows go in through the bulk writer, never through change tracking: one summary entry instead of one per row.
        db.AuditEachChange = false;
        var now = clock.UtcNow;
        await using (var writer = await BulkWriter.OpenAsync(db, ct))
        {
            await fill(db, writer, new Random(seed), now);
            await writer.ExecuteAsync(FigureTotalWriter.RebuildSql(writer.Dialect), ct);
            await writer.ExecuteAsync(HeatmapTotalWriter.RebuildSql, ct);
            writer.Add(new AuditEntry
            {
                At = now,
                Actor = AuditActor.Name,
                Action = "Seeded",
                Entity = "DemoData",
                EntityKey = scale,
                Changes = JsonSerializer.Serialize(new { scale, seed, rows = writer.Rows }),
            });
            await writer.CommitAsync(ct);
        }
        return new SeedResult(
            scale, seed, false,
            await db.Agreements.CountAsync(ct),
            await db.People.CountAsync(ct),
            await db.Requests.CountAsync(ct),
            await db.Verifications.CountAsync(ct),
            await db.Verifications.SumAsync(v => (long)v.Count, ct),
            await db.Incidents.CountAsync(ct),
            await db.Commendations.CountAsync(ct),
            Stopwatch.GetElapsedTime(started));
    }
}
