using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Features.Digests;

internal sealed class DigestRunConfiguration : IEntityTypeConfiguration<DigestRun>
{
    public void Configure(EntityTypeBuilder<DigestRun> b)
    {
        b.ToTable("DigestRuns");
        b.Property(x => x.Week).HasMaxLength(8);
        b.Property(x => x.Scope).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasOne(x => x.Agreement).WithMany().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.AgreementId, x.Week, x.Scope }).IsUnique();
        b.HasIndex(x => x.CreatedAt);
    }
}

internal sealed class DigestDeliveryConfiguration : IEntityTypeConfiguration<DigestDelivery>
{
    public void Configure(EntityTypeBuilder<DigestDelivery> b)
    {
        b.ToTable("DigestDeliveries");
        b.Property(x => x.Email).HasMaxLength(320);
        b.Property(x => x.Language).HasMaxLength(5);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.LastError).HasMaxLength(2000);
        b.HasOne(x => x.Run).WithMany(r => r.Deliveries).HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Recipient).WithMany().HasForeignKey(x => x.RecipientId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RunId, x.RecipientId }).IsUnique();
    }
}
