using Bunit;
using Dashboard.Features.Audit;
using Dashboard.Features.Incidents;
using Dashboard.Features.Shared;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Features.Audit;

/// <summary>The audit page over the product's services and a temporary database: edits made through the forms, read as an admin reads them.</summary>
public sealed class AuditPageTests : MudTestContext, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 5, 0, 0, TimeSpan.Zero); // 12:00 in Hà Nội
    private CoreServices _s = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        _s = await CoreServices.CreateAsync(new FixedTime(Now));
        Services.AddFallbackServiceProvider(_s.Provider);
        Auth.SetAuthorized("quantri@test.local");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _s.DisposeAsync();
    }

    /// <summary>An incident reported by the signed-in coordinator (dieuphoi@test.local), then its damage and severity corrected.</summary>
    private async Task<int> ReportAndCorrectAsync()
    {
        var commands = _s.Scoped<IncidentCommands>();
        var saved = await commands.SaveAsync(new IncidentForm
        {
            Code = "SC-2026-0042", Kind = IncidentKind.EquipmentTheft, Severity = IncidentSeverity.Medium, AreaId = 12,
            OccurredAt = new DateTime(2026, 11, 26, 23, 0, 0), DamageVnd = 38_500_000, LoadedAtUtc = Now.UtcDateTime,
        });
        Assert.True(saved.Ok, string.Join("; ", saved.Errors));
        var form = (await _s.Get<IncidentDetails>().FormAsync(saved.Id!.Value, Now.UtcDateTime))!;
        (form.DamageVnd, form.Severity) = (45_000_000, IncidentSeverity.Critical);
        var corrected = await commands.SaveAsync(form);
        Assert.True(corrected.Ok, string.Join("; ", corrected.Errors));
        return saved.Id.Value;
    }

    private static List<string> Cells(AngleSharp.Dom.IElement row) => [.. row.QuerySelectorAll("td").Select(td => td.TextContent.Trim())];

    [Fact]
    public async Task Page_ShowsWhoChangedWhatFromWhatToWhat_NewestFirst_InLocalTime()
    {
        await ReportAndCorrectAsync();

        var page = Render<AuditPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));
        var (modified, added) = (Cells(page.FindAll("tbody tr")[0]), Cells(page.FindAll("tbody tr")[1]));
        Assert.Equal(["28/11/2026 12:00", "dieuphoi@test.local", "Sửa", "Vụ việc", "SC-2026-0042"], modified.Take(5));
        var changes = page.FindAll("tbody tr")[0].QuerySelectorAll("td.audit-changes div").Select(d => d.TextContent.Trim()).ToList();
        Assert.Contains("Thiệt hại (₫): 38500000 → 45000000", changes);
        Assert.Contains("Mức độ: Medium → Critical", changes);
        Assert.Equal(["dieuphoi@test.local", "Thêm mới", "Vụ việc", "SC-2026-0042"], added.Skip(1).Take(4));
    }

    [Fact]
    public async Task Page_FilteredByWho_ShowsOnlyTheirChanges()
    {
        var id = await ReportAndCorrectAsync();
        await using (var db = _s.Db())
        {
            db.Actor = "quantri@test.local";
            (await db.Incidents.SingleAsync(i => i.Id == id)).Summary = "Đã thu hồi một phần thiết bị";
            await db.SaveChangesAsync();
        }
        var page = Render<AuditPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tbody tr").Count));

        page.FindAll("input").First(i => i.ParentElement?.ParentElement?.TextContent.Contains("Người thực hiện", StringComparison.Ordinal) == true)
            .Change("quantri");
        page.FindAll("button").First(b => b.TextContent.Trim() == "Tìm").Click();

        page.WaitForAssertion(() =>
        {
            var row = Assert.Single(page.FindAll("tbody tr"));
            Assert.Equal("quantri@test.local", Cells(row)[1]);
            Assert.Contains("Đã thu hồi một phần thiết bị", row.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task ConflictReport_NamesWhoSavedFirst_AndTheFieldsTheyChanged_InTheUsersWords()
    {
        var loaded = Now.UtcDateTime;
        var id = await ReportAndCorrectAsync();
        await using var db = _s.Db();
        var code = await db.Incidents.Where(i => i.Id == id).Select(i => i.Code).SingleAsync();

        var message = await ConflictReport.MessageAsync(db, Strings, nameof(Incident), code, loaded, CancellationToken.None);

        Assert.Contains("dieuphoi@test.local", message, StringComparison.Ordinal);
        Assert.Contains("Thiệt hại (₫)", message, StringComparison.Ordinal);
        Assert.Contains("Mức độ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("DamageVnd", message, StringComparison.Ordinal);
    }

    private Microsoft.Extensions.Localization.IStringLocalizer Strings =>
        Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
}
