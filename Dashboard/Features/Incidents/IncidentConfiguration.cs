using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Features.Incidents;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> b)
    {
        b.ToTable("Incidents");
        b.Property(x => x.Code).HasMaxLength(60);
        b.Property(x => x.CaseRef).HasMaxLength(100);
        b.Property(x => x.Summary).HasMaxLength(2000);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Severity).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => x.Code).IsUnique();
        // Windows on OccurredAt (the edges of the figures and heat maps, the roll-ups' upkeep), state at asOf on ResolvedAt/ClosedAt.
        b.HasIndex(x => new { x.AgreementId, x.OccurredAt, x.AreaId, x.Kind, x.Severity, x.OccurredWeek, x.OccurredHourOfWeek, x.OccurredMonth });
        b.HasIndex(x => new { x.AgreementId, x.ResolvedAt, x.ClosedAt, x.OccurredAt });
        b.HasIndex(x => x.LeadOfficerId);
        b.HasIndex(x => x.TelecomContactId);
        b.HasOne(x => x.Agreement).WithMany().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Area).WithMany().HasForeignKey(x => x.AreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.LeadOfficer).WithMany().HasForeignKey(x => x.LeadOfficerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.TelecomContact).WithMany().HasForeignKey(x => x.TelecomContactId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
