using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.Audit;
using Dashboard.Features.Commendations;
using Dashboard.Features.Digests;
using Dashboard.Features.Heatmaps.Rollups;
using Dashboard.Features.Identity;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis.Totals;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Features.Settings;
using Dashboard.Infrastructure.Data.Dialects;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Data;

/// <summary>The product's database; on PostgreSQL its subtype <see cref="PostgreSqlDashboardDbContext"/> (own migrations).</summary>
public class DashboardDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    private readonly TimeProvider _time;

    public DashboardDbContext(DbContextOptions<DashboardDbContext> options, TimeProvider time)
        : this((DbContextOptions)options, time)
    {
    }

    protected DashboardDbContext(DbContextOptions options, TimeProvider time)
        : base(options) => _time = time;

    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<InformationRequest> Requests => Set<InformationRequest>();
    public DbSet<Verification> Verifications => Set<Verification>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<Commendation> Commendations => Set<Commendation>();
    public DbSet<DigestRecipient> DigestRecipients => Set<DigestRecipient>();
    public DbSet<DigestRun> DigestRuns => Set<DigestRun>();
    public DbSet<DigestDelivery> DigestDeliveries => Set<DigestDelivery>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Setting> Settings => Set<Setting>();
    public DbSet<FigureTotal> FigureTotals => Set<FigureTotal>();
    public DbSet<HeatmapTotal> HeatmapTotals => Set<HeatmapTotal>();
    public DbSet<HeatmapWeekTotal> HeatmapWeeks => Set<HeatmapWeekTotal>();

    /// <summary>The data-protection key ring on PostgreSQL, shared by the nodes (SQLite keeps its keys in files; the table stays empty).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Who the audit entries of this context name: the signed-in user on pages, "system" or the verb's actor otherwise.</summary>
    public string Actor { get; set; } = AuditActor.Name;

    /// <summary>Bulk loads (the demo generator) write one summary audit entry themselves instead of one per row.</summary>
    public bool AuditEachChange { get; set; } = true;

    /// <summary>Set by a write in many saves (the import): the months they touch are gathered here, and the writer refreshes their totals once.</summary>
    public Dictionary<int, (int First, int Last)>? DeferredTotals { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
        ReferenceData.Apply(builder);
        var dialect = SqlDialect.Of(Database);
        dialect.ConfigureModel(builder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>Saves the changes, their audit entries and the figure totals and heat-map roll-ups they alter in one transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditRecorder.BumpVersions(ChangeTracker);
        var pending = AuditEachChange ? AuditRecorder.Collect(ChangeTracker) : [];
        var touched = FigureTotalWriter.Touched(ChangeTracker, DeferredTotals);
        var heat = HeatmapTotalWriter.Touched(ChangeTracker);
        if (pending.Count == 0 && touched.Count == 0 && heat.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await FigureTotalWriter.RefreshAsync(Database, touched, cancellationToken);
            await HeatmapTotalWriter.RefreshAsync(Database, heat, cancellationToken);
            if (pending.Count > 0)
            {
                var now = _time.GetUtcNow().UtcDateTime;
                AuditEntries.AddRange(pending.Select(p => p.Complete(now, Actor)));
                await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }
}
