using Bunit;
using Dashboard.Features.DemoData;
using Dashboard.Features.Identity;
using Dashboard.Features.Overview;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure;
using Dashboard.Infrastructure.Security;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Features.Overview;

/// <summary>The overview over the demo data, on a fixed clock: Saturday 28/11/2026, 12:00 in Hà Giang.</summary>
public sealed class OverviewTests : MudTestContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.FromHours(7));
    private readonly CoreServices _core;

    public OverviewTests()
        : this(SeededCore())
    {
    }

    private OverviewTests(CoreServices core)
        : base(configure: services =>
        {
            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Dashboard"] = core.ConnectionString }).Build();
            services.AddLogging().AddDashboardCore(config);
            services.AddSingleton<TimeProvider>(new FixedTime(Now));
        }) => _core = core;

    private static CoreServices SeededCore()
    {
        var core = CoreServices.CreateAsync(new FixedTime(Now)).GetAwaiter().GetResult();
        core.Get<DemoDataGenerator>().SeedDemoAsync().GetAwaiter().GetResult();
        return core;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _core.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Loader_QuotesTheReviewReport_ForQCPH2012()
    {
        var data = await _core.Get<OverviewLoader>().LoadAsync(new OverviewSelection("QCPH-2012", PeriodKind.AgreementToDate), includeSubjects: false);

        Assert.Equal(20, data.Current.Requests.Received);
        Assert.Equal(920, data.Current.Verifications.Total);
        Assert.False(data.PreviousComparable);
        Assert.Null(data.DueRequests);
    }

    [Fact]
    public async Task Loader_ComparesAMonthWithTheMonthBefore_OfTheSameLength()
    {
        var data = await _core.Get<OverviewLoader>().LoadAsync(new OverviewSelection("QCPH-2023", PeriodKind.Month), includeSubjects: true);

        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 29)), (data.Current.Window.From, data.Current.Window.To));
        Assert.Equal((new DateOnly(2026, 10, 4), new DateOnly(2026, 11, 1)), (data.Previous.Window.From, data.Previous.Window.To));
        Assert.True(data.PreviousComparable);
        Assert.Contains(data.DueRequests!, d => d.Overdue);
    }

    [Fact]
    public async Task Page_ShowsTheFigures_AndTheDueRequests_ToALeader()
    {
        Auth.SetAuthorized("lanhdao@demo.local");
        Auth.SetPolicies(Policies.Sensitive);
        var expected = await _core.Get<OverviewLoader>().LoadAsync(new OverviewSelection("QCPH-2023", PeriodKind.AgreementToDate), true);

        var page = Render<Dashboard.Features.Overview.OverviewPage>();

        page.WaitForAssertion(() => Assert.Equal(expected.Current.Requests.Received.ToString(), page.Find("[data-kpi=received]").TextContent));
        Assert.Equal(expected.Current.Requests.Overdue.ToString(), page.Find("[data-kpi=overdue]").TextContent);
        Assert.Contains("Yêu cầu quá hạn và sắp đến hạn", page.Markup);
        Assert.Contains(expected.DueRequests![0].Subject, page.Markup);
        Assert.Contains("Từ 29/10/2023 đến 28/11/2026", page.Markup);
    }

    [Fact]
    public async Task Page_SendsNoRequestSubject_ToAViewer()
    {
        Auth.SetAuthorized("xem@demo.local");
        Auth.SetRoles(Roles.Viewer);
        var subjects = (await _core.Get<OverviewLoader>().LoadAsync(new OverviewSelection("QCPH-2023", PeriodKind.AgreementToDate), true)).DueRequests!;

        var page = Render<Dashboard.Features.Overview.OverviewPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-kpi=received]")));
        Assert.DoesNotContain("Yêu cầu quá hạn và sắp đến hạn", page.Markup);
        Assert.All(subjects, s => Assert.DoesNotContain(s.Subject, page.Markup));
        Assert.All(subjects, s => Assert.DoesNotContain(s.ReferenceNo, page.Markup));
    }
}
