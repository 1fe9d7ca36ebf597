using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Features.Heatmaps.Rollups;

internal sealed class HeatmapTotalConfiguration : IEntityTypeConfiguration<HeatmapTotal>
{
    public void Configure(EntityTypeBuilder<HeatmapTotal> b)
    {
        b.ToTable("HeatmapTotals");
        // The key is also the order heat maps read them in: agreement, fact, span, a range of periods.
        b.HasKey(x => new { x.AgreementId, x.Fact, x.Span, x.Period, x.AreaId, x.Kind, x.HourOfWeek });
        b.Property(x => x.Kind).HasMaxLength(30);
    }
}

internal sealed class HeatmapWeekTotalConfiguration : IEntityTypeConfiguration<HeatmapWeekTotal>
{
    public void Configure(EntityTypeBuilder<HeatmapWeekTotal> b)
    {
        b.ToTable("HeatmapWeeks");
        b.HasKey(x => new { x.AgreementId, x.Week, x.AreaId });
    }
}
