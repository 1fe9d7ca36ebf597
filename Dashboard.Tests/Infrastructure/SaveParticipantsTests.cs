using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.Audit;
using Dashboard.Features.Heatmaps.Rollups;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis.Totals;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Infrastructure;

/// <summary>The save pipeline: the features' participants, found at start-up, write beside the rows in the save's transaction.</summary>
public sealed class SaveParticipantsTests
{
    [Fact]
    public void All_AreTheFeaturesParticipants_TotalsThenRollupsThenAudit() =>
        Assert.Equal([typeof(FigureTotalsSaveParticipant), typeof(HeatmapRollupsSaveParticipant), typeof(AuditSaveParticipant)],
            SaveParticipants.All.Select(p => p.GetType()));

    [Fact]
    public async Task SaveChanges_WritesTotalsRollupsAndAudit_InTheCallersTransaction()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var context = db.CreateDbContext())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            context.Incidents.Add(await NewIncidentAsync(context, "VV-1"));
            await context.SaveChangesAsync();

            Assert.Equal((1, true, true, 1), await WrittenAsync(context));
            await transaction.RollbackAsync();
        }
        await using var after = db.CreateDbContext();
        Assert.Equal((0, false, false, 0), await WrittenAsync(after));
    }

    [Fact]
    public async Task SaveChanges_CommitsTotalsRollupsAndAudit_WithTheRow()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var context = db.CreateDbContext())
        {
            context.Incidents.Add(await NewIncidentAsync(context, "VV-2"));
            await context.SaveChangesAsync();
        }
        await using var after = db.CreateDbContext();
        Assert.Equal((1, true, true, 1), await WrittenAsync(after));
        Assert.Equal(("Added", "tester", "VV-2"), await after.AuditEntries.Select(a => ValueTuple.Create(a.Action, a.Actor, a.EntityKey)).SingleAsync());
    }

    private static async Task<Incident> NewIncidentAsync(DashboardDbContext context, string code)
    {
        context.Actor = "tester";
        var at = FigureData.Local(2024, 3, 4, 9);
        return new Incident
        {
            AgreementId = ReferenceAgreements.Agreement2023Id,
            Code = code,
            Kind = IncidentKind.CableCut,
            AreaId = await context.Areas.Where(a => a.ParentId == ReferenceAreas.HaGiangProvinceId).Select(a => a.Id).FirstAsync(),
            OccurredAt = at,
            ReportedAt = at,
            Severity = IncidentSeverity.Medium,
            Status = IncidentStatus.Investigating,
        };
    }

    /// <summary>Incidents, whether any figure total and heat-map roll-up exists, and the audit entries of incidents.</summary>
    private static async Task<(int, bool, bool, int)> WrittenAsync(DashboardDbContext context) => (
        await context.Incidents.CountAsync(),
        await context.FigureTotals.AnyAsync(),
        await context.HeatmapTotals.AnyAsync(),
        await context.AuditEntries.CountAsync(a => a.Entity == nameof(Incident)));
}
