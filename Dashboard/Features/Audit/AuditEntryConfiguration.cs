using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Features.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(x => x.Actor).HasMaxLength(320);
        b.Property(x => x.Action).HasMaxLength(20);
        b.Property(x => x.Entity).HasMaxLength(60);
        b.Property(x => x.EntityKey).HasMaxLength(100);
        b.HasIndex(x => x.At);
        b.HasIndex(x => new { x.Entity, x.EntityKey });
    }
}
