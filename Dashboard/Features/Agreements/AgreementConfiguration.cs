using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Features.Agreements;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> b)
    {
        b.ToTable("Agreements");
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Title).HasMaxLength(400);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasOne(x => x.Predecessor).WithMany().HasForeignKey(x => x.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasData(ReferenceAgreements.Rows);
    }
}
