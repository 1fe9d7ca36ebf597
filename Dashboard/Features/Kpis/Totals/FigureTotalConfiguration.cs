using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Features.Kpis.Totals;

internal sealed class FigureTotalConfiguration : IEntityTypeConfiguration<FigureTotal>
{
    public void Configure(EntityTypeBuilder<FigureTotal> b)
    {
        b.ToTable("FigureTotals");
        // The key is also the order the figures read them in: one agreement, one span, a range of periods.
        b.HasKey(x => new { x.AgreementId, x.Span, x.Period, x.Fact, x.KeyId, x.KeyName });
        b.Property(x => x.KeyName).HasMaxLength(30);
    }
}

/// <summary>
/// The rows of <see cref="FigureFactsSql"/> as a keyless type without a table, so that FromSql reuses one mapping (an
/// unmapped SqlQuery type is mapped anew for every context, which cost a few milliseconds per figure).
/// </summary>
internal sealed class FactRowConfiguration : IEntityTypeConfiguration<FactRow>
{
    public void Configure(EntityTypeBuilder<FactRow> b) => b.HasNoKey().ToView(null);
}
