using Bunit;
using Dashboard.Features.Kpis;
using Dashboard.Features.Overview;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.Overview;

/// <summary>A live refresh brings new objects with mostly the same values: those sections are not rendered (and sent) again.</summary>
public sealed class UnchangedTests : MudTestContext
{
    [Fact]
    public void Content_RendersAgain_OnlyWhenTheDataItShowsChangedByValue()
    {
        IReadOnlyList<MonthCount> months = [new(2026, 10, 4, 4), new(2026, 11, 3, 2)];
        var section = Render<Unchanged>(p => p.Add(x => x.Of, months).AddChildContent<MonthlyChart>(c => c.Add(x => x.Months, months)));
        var chart = section.FindComponent<MonthlyChart>();
        var rendered = chart.RenderCount;

        // What a refresh after an unrelated change brings: new objects, the same values.
        IReadOnlyList<MonthCount> same = [new(2026, 10, 4, 4), new(2026, 11, 3, 2)];
        section.Render(p => p.Add(x => x.Of, same).AddChildContent<MonthlyChart>(c => c.Add(x => x.Months, same)));
        Assert.Equal(rendered, chart.RenderCount);
        Assert.Same(months, chart.Instance.Months);

        IReadOnlyList<MonthCount> answered = [new(2026, 10, 4, 4), new(2026, 11, 3, 3)];
        section.Render(p => p.Add(x => x.Of, answered).AddChildContent<MonthlyChart>(c => c.Add(x => x.Months, answered)));
        Assert.True(chart.RenderCount > rendered);
        Assert.Same(answered, chart.Instance.Months);
    }
}
