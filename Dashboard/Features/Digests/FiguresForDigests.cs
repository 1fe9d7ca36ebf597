using Dashboard.Features.Areas;
using Dashboard.Features.Heatmaps;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Digests;

/// <summary>The digest's questions answered by the figures engine (SPEC §3): its service, its heat maps and its record sets.</summary>
internal sealed class FiguresForDigests(FiguresService figures, HeatmapService heatmaps, IDbContextFactory<DashboardDbContext> dbs) : IDigestFigures
{
    public Task<Kpis.Kpis> FiguresAsync(string agreementCode, DateOnly? from, DateOnly to, DateTimeOffset asOf, CancellationToken ct) =>
        figures.ComputeAsync(new FigureQuery(agreementCode, from, to, asOf), ct);

    public Task<Heatmap> AreaByWeekAsync(string agreementCode, DateOnly from, DateOnly to, DateTimeOffset asOf, CancellationToken ct) =>
        heatmaps.ComputeAsync(new FigureQuery(agreementCode, from, to, asOf), HeatmapShape.AreaByWeek, ct);

    public async Task<IReadOnlyList<DigestRequestRow>> OpenRequestsAsync(string agreementCode, DateTimeOffset asOf, int limit, CancellationToken ct)
    {
        var window = await figures.ResolveAsync(new FigureQuery(agreementCode, AsOf: asOf), ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await window.OpenRequests(db.Requests)
            .OrderBy(x => x.DueAt).ThenBy(x => x.ReferenceNo)
            .Take(limit)
            .Select(x => new DigestRequestRow(x.ReferenceNo, x.Subject, x.Priority, x.RequestingUnit!.Name,
                x.AssignedTo == null ? null : x.AssignedTo.FullName, x.ReceivedAt, x.DueAt))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<DigestIncidentRow>> IncidentsAsync(
        string agreementCode, DateOnly from, DateOnly to, DateTimeOffset asOf, int limit, CancellationToken ct)
    {
        var window = await figures.ResolveAsync(new FigureQuery(agreementCode, from, to, asOf), ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await window.OccurredIncidents(db.Incidents)
            .OrderBy(x => x.OccurredAt).ThenBy(x => x.Code)
            .Take(limit)
            .Select(x => new DigestIncidentRow(x.Code, x.OccurredAt, x.Area!.Code, x.Area.Name, x.Kind, x.Severity, x.Status,
                x.OutageMinutes, x.SubscribersAffected, x.DamageVnd, x.CaseRef, x.Summary))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyDictionary<string, string>> AreaNamesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var wanted = codes.ToList();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var areas = await db.Areas.Where(a => wanted.Contains(a.Code)).Select(a => new { a.Code, a.Name }).ToListAsync(ct);
        return areas.GroupBy(a => a.Code).ToDictionary(g => g.Key, g => g.First().Name);
    }
}
