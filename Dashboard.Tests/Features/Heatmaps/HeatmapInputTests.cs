using Dashboard.Features.Heatmaps;
using Dashboard.Features.Kpis;

namespace Dashboard.Tests.Features.Heatmaps;

public sealed class HeatmapInputTests
{
    [Fact]
    public void Shapes_AreKnownByName()
    {
        Assert.Equal(HeatmapShape.WeekdayByHour, HeatmapInput.Shape("weekdayByHour"));
        Assert.Throws<FigureQueryException>(() => HeatmapInput.Shape("1"));
        Assert.Throws<FigureQueryException>(() => HeatmapInput.Shape(null));
    }
}
