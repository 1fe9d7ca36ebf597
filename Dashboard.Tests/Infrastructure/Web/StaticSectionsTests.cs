using System.Globalization;
using Dashboard.Features.Kpis;
using Dashboard.Features.Overview;
using Dashboard.Infrastructure.Localization;
using Dashboard.Infrastructure.Web;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Tests.Infrastructure.Web;

/// <summary>A read-only section rendered once per shared result and language, in that language, letters as they are.</summary>
public sealed class StaticSectionsTests : MudTestContext
{
    private static readonly TurnaroundBuckets Buckets = new(12, 18, 18, 1);

    private StaticSections Sections => new(Services, NullLoggerFactory.Instance);

    private static Dictionary<string, object?> Of(TurnaroundBuckets b) => new() { [nameof(TurnaroundChart.Buckets)] = b };

    [Fact]
    public async Task RenderAsync_GivesEveryPageTheSameMarkup_ForOneResultAndLanguage()
    {
        var sections = Sections;

        var first = await sections.RenderAsync<TurnaroundChart>(Buckets, "", Of(Buckets));
        var second = await sections.RenderAsync<TurnaroundChart>(Buckets, "", Of(Buckets));

        Assert.Contains("Phân bố thời gian trả lời", first.Value, StringComparison.Ordinal);
        Assert.Contains("Dưới 24 giờ", first.Value, StringComparison.Ordinal);
        Assert.Same(first.Value, second.Value);
    }

    [Fact]
    public async Task RenderAsync_RendersAgain_ForAnotherResultOrLanguage()
    {
        var sections = Sections;
        var vietnamese = await sections.RenderAsync<TurnaroundChart>(Buckets, "", Of(Buckets));
        var changed = Buckets with { OverAWeek = 2 };

        var other = await sections.RenderAsync<TurnaroundChart>(changed, "", Of(changed));
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Cultures.English);
        var english = await sections.RenderAsync<TurnaroundChart>(Buckets, "", Of(Buckets));

        Assert.NotSame(vietnamese.Value, other.Value);
        Assert.Contains(">2<", other.Value, StringComparison.Ordinal);
        Assert.Contains("Under 24 h", english.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Dưới", english.Value, StringComparison.Ordinal);
    }
}
