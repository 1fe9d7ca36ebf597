using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Features.Digests;

internal sealed class DigestRecipientConfiguration : IEntityTypeConfiguration<DigestRecipient>
{
    public void Configure(EntityTypeBuilder<DigestRecipient> b)
    {
        b.ToTable("DigestRecipients");
        b.Property(x => x.Email).HasMaxLength(320);
        b.Property(x => x.DisplayName).HasMaxLength(200);
        b.Property(x => x.Language).HasMaxLength(5);
        b.Property(x => x.Scope).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => x.Email).IsUnique();
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
