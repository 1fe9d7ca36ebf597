using Dashboard.Features.Identity;
using Dashboard.Infrastructure.Data.Dialects;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Data;

/// <summary>
/// The product's database; on PostgreSQL its subtype <see cref="PostgreSqlDashboardDbContext"/> (own migrations). It names
/// no feature but the user type its Identity base needs: the entities come from their features' configurations (their
/// sets are the features' extension members), what a save writes besides the rows from <see cref="ISaveParticipant"/>s.
/// </summary>
public class DashboardDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    private readonly TimeProvider _time;

    public DashboardDbContext(DbContextOptions<DashboardDbContext> options, TimeProvider time)
        : this((DbContextOptions)options, time)
    {
    }

    protected DashboardDbContext(DbContextOptions options, TimeProvider time)
        : base(options) => _time = time;

    /// <summary>The data-protection key ring on PostgreSQL, shared by the nodes (SQLite keeps its keys in files; the table stays empty).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The clock the save participants stamp their rows with.</summary>
    public TimeProvider Time => _time;

    /// <summary>Who the audit entries of this context name: the signed-in user on pages, "system" or the verb's actor otherwise.</summary>
    public string Actor { get; set; } = AuditActor.Name;

    /// <summary>Bulk loads (the demo generator) write one summary audit entry themselves instead of one per row.</summary>
    public bool AuditEachChange { get; set; } = true;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
        var dialect = SqlDialect.Of(Database);
        DialectConfigurations.Apply(builder, dialect);
        dialect.ConfigureModel(builder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves the changes and what the <see cref="SaveParticipants"/> write of them (audit entries, figure totals, heat-map
    /// roll-ups) in one transaction; a save that touches nothing of theirs is a plain save.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var steps = SaveParticipants.All.Select(p => p.Prepare(this)).OfType<SaveStep>().ToList();
        if (steps.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var added = false;
            foreach (var step in steps)
            {
                added |= await step(cancellationToken);
            }
            if (added)
            {
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
