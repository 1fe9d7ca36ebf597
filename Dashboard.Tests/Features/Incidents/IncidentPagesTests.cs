using Bunit;
using Dashboard.Features.Incidents;
using Dashboard.Infrastructure.Security;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Features.Incidents;

/// <summary>The incident pages rendered with the product's services over a temporary database.</summary>
public sealed class IncidentPagesTests : MudTestContext, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 5, 0, 0, TimeSpan.Zero);
    private CoreServices _s = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        _s = await CoreServices.CreateAsync(new FixedTime(Now));
        // The context's own services were fixed by the base constructor: the product's come from a fallback provider.
        Services.AddFallbackServiceProvider(_s.Provider);
        Auth.SetAuthorized("dieuphoi@test.local");
        Auth.SetPolicies(Policies.Sensitive, Policies.DataEntry);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _s.DisposeAsync();
    }

    [Fact]
    public void EditPage_SavedEmpty_ListsTheFaultsInVietnamese()
    {
        RenderPopovers();
        var page = Render<IncidentEditPage>();
        page.WaitForElement("#save");

        page.Find("#save").Click();

        page.WaitForAssertion(() =>
        {
            var errors = page.FindAll(".form-errors").Select(e => e.TextContent.Trim()).ToList();
            Assert.Contains("Vui lòng nhập mã vụ việc.", errors);
            Assert.Contains("Vui lòng nhập loại vụ việc.", errors);
            Assert.Contains("Vui lòng nhập địa bàn.", errors);
        });
        Assert.Equal("Thêm vụ việc", page.Find("h1").TextContent);
    }

    [Fact]
    public async Task ListPage_ShowsIncidentsWithSeverityAndStatusInWords_AndDamageInVnd()
    {
        var saved = await _s.Scoped<IncidentCommands>().SaveAsync(new IncidentForm
        {
            Code = "SC-2026-0042", Kind = IncidentKind.EquipmentTheft, Severity = IncidentSeverity.Critical, AreaId = 12,
            OccurredAt = new DateTime(2026, 11, 26, 23, 0, 0), DamageVnd = 38_500_000, LoadedAtUtc = Now.UtcDateTime,
        });
        Assert.True(saved.Ok);

        var page = Render<IncidentsPage>();

        page.WaitForAssertion(() =>
        {
            var row = page.FindAll("tbody tr").Single(r => r.TextContent.Contains("SC-2026-0042", StringComparison.Ordinal));
            Assert.Contains("Trộm cắp thiết bị", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("Mèo Vạc", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("Đặc biệt nghiêm trọng", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("Mới tiếp nhận", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("38.500.000 ₫", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("26/11/2026 23:00", row.TextContent, StringComparison.Ordinal);
        });
        Assert.Contains("Thêm vụ việc", page.Markup, StringComparison.Ordinal);
    }
}
