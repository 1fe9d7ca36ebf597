using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Features.Commendations;

internal sealed class CommendationConfiguration : IEntityTypeConfiguration<Commendation>
{
    public void Configure(EntityTypeBuilder<Commendation> b)
    {
        b.ToTable("Commendations");
        b.Property(x => x.Level).HasMaxLength(100);
        b.Property(x => x.AwardingBody).HasMaxLength(200);
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.HasIndex(x => new { x.PersonId, x.AwardedOn });
        b.HasIndex(x => new { x.AgreementId, x.AwardedOn });
        b.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Agreement).WithMany().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
