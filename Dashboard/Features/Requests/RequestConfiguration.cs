using Dashboard.Infrastructure.Data.Dialects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Features.Requests;

internal sealed class RequestConfiguration : IEntityTypeConfiguration<InformationRequest>
{
    public void Configure(EntityTypeBuilder<InformationRequest> b)
    {
        b.ToTable("Requests");
        b.Property(x => x.ReferenceNo).HasMaxLength(60);
        b.Property(x => x.Subject).HasMaxLength(1000);
        b.Property(x => x.Priority).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.AgreementId, x.ReferenceNo }).IsUnique();
        // The figures of SPEC §3: windows on ReceivedAt/AnsweredAt, state at asOf on ClosedAt.
        b.HasIndex(x => new { x.AgreementId, x.ReceivedAt });
        b.HasIndex(x => new { x.AgreementId, x.AnsweredAt, x.ReceivedAt, x.DueAt, x.AssignedToId });
        b.HasIndex(x => new { x.AgreementId, x.ClosedAt, x.ReceivedAt, x.DueAt, x.AssignedToId });
        // TurnaroundMilliseconds is computed by the database: its SQL is the dialect's (TurnaroundConfiguration).
        // Turnaround percentiles walk these in order and stop at the rank, for one agreement and for all.
        b.HasIndex(x => new { x.AgreementId, x.TurnaroundMilliseconds, x.AnsweredAt });
        b.HasIndex(x => new { x.TurnaroundMilliseconds, x.AnsweredAt });
        b.HasIndex(x => x.AssignedToId);
        b.HasOne(x => x.Agreement).WithMany().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.RequestingUnit).WithMany().HasForeignKey(x => x.RequestingUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.RequestedBy).WithMany().HasForeignKey(x => x.RequestedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.AssignedTo).WithMany().HasForeignKey(x => x.AssignedToId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Verifications).WithOne(x => x.Request).HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class VerificationConfiguration : IEntityTypeConfiguration<Verification>
{
    public void Configure(EntityTypeBuilder<Verification> b)
    {
        b.ToTable("Verifications");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(x => new { x.AgreementId, x.PerformedAt, x.Kind, x.Count, x.PerformedById });
        b.HasIndex(x => x.RequestId);
        b.HasOne(x => x.PerformedBy).WithMany().HasForeignKey(x => x.PerformedById).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_Verifications_Count", "\"Count\" >= 1"));
    }
}

/// <summary>A request's turnaround, answered − received in whole milliseconds, computed by the database in its own arithmetic.</summary>
internal sealed class TurnaroundConfiguration : IDialectConfiguration
{
    public void Configure(ModelBuilder builder, SqlDialect dialect) =>
        builder.Entity<InformationRequest>().Property(x => x.TurnaroundMilliseconds).HasComputedColumnSql(
            dialect.MillisecondsBetween(nameof(InformationRequest.ReceivedAt), nameof(InformationRequest.AnsweredAt)), dialect.StoresComputedColumns);
}
