using System.Globalization;
using Dashboard.Features.Areas;
using Dashboard.Features.Audit;
using Dashboard.Features.Incidents;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Localization;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Features.Incidents;

public sealed class IncidentCommandsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 5, 0, 0, TimeSpan.Zero); // 12:00 in Hà Nội
    private const int ViXuyen = 15; // seeded district "030"
    private CoreServices _s = null!;
    private int _officer, _engineer, _retiredCommune;

    public IncidentCommandsTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Cultures.Vi;

    public async Task InitializeAsync()
    {
        _s = await CoreServices.CreateAsync(new FixedTime(Now));
        await using var db = _s.Db();
        var pa05 = new Unit { Code = "PA05", Name = "Phòng An ninh mạng", Agency = Agency.Police };
        var telecom = new Unit { Code = "VT-KT", Name = "Phòng Kỹ thuật", Agency = Agency.Telecom };
        var officer = new Person { Code = "P01", FullName = "Trần Văn Hùng", Unit = pa05 };
        var engineer = new Person { Code = "T01", FullName = "Nguyễn Thị Hà", Unit = telecom };
        // A commune merged away in mid-2025: old incidents keep it.
        var retired = new Area { Code = "00901", Name = "Xã Thanh Thủy", Level = AreaLevel.Commune, ParentId = ViXuyen, ValidTo = new DateOnly(2025, 6, 30) };
        db.AddRange(pa05, telecom, officer, engineer, retired);
        await db.SaveChangesAsync();
        (_officer, _engineer, _retiredCommune) = (officer.Id, engineer.Id, retired.Id);
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    private IncidentForm Form(string code = "SC-2026-0777") => new()
    {
        Code = code, Kind = IncidentKind.CableTheft, AreaId = ViXuyen, OccurredAt = new DateTime(2026, 11, 27, 2, 15, 0),
        Summary = "Trộm cắp 120 m cáp quang tuyến Vị Xuyên – Thanh Thủy", LoadedAtUtc = Now.UtcDateTime,
    };

    private Task<Dashboard.Features.Shared.CommandResult> SaveAsync(IncidentForm form) => _s.Scoped<IncidentCommands>().SaveAsync(form);

    [Fact]
    public async Task Save_CreatesTheIncident_WithTheAgreementInForce_ReportedNow_AndStatusReported()
    {
        var result = await SaveAsync(Form());

        Assert.True(result.Ok, string.Join("; ", result.Errors));
        await using var db = _s.Db();
        var saved = await db.Incidents.Include(i => i.Agreement).SingleAsync();
        Assert.Equal("QCPH-2023", saved.Agreement!.Code);
        Assert.Equal(new DateTime(2026, 11, 26, 19, 15, 0), saved.OccurredAt);
        Assert.Equal(Now.UtcDateTime, saved.ReportedAt);
        Assert.Equal((IncidentStatus.Reported, IncidentSeverity.Medium, 0L, null), (saved.Status, saved.Severity, saved.DamageVnd, saved.ResolvedAt));
        var audit = await db.AuditEntries.SingleAsync(a => a.Entity == nameof(Incident));
        Assert.Equal(("dieuphoi@test.local", "SC-2026-0777"), (audit.Actor, audit.EntityKey));
    }

    [Fact]
    public async Task Save_RefusesBadInput_WithEveryFaultInVietnamese()
    {
        var form = Form(code: " ");
        form.Kind = null;
        form.AreaId = null;
        (form.OutageMinutes, form.SubscribersAffected, form.DamageVnd) = (-1, -5, -1);
        (form.LeadOfficerId, form.TelecomContactId) = (_engineer, _officer);

        var result = await SaveAsync(form);

        Assert.Equal(
        [
            "Vui lòng nhập mã vụ việc.", "Vui lòng nhập loại vụ việc.", "Số phút mất liên lạc không được âm.",
            "Số thuê bao bị ảnh hưởng không được âm.", "Giá trị thiệt hại không được âm.", "Cán bộ chủ trì phải là cán bộ Công an.",
            "Đầu mối phải là cán bộ Viễn thông.", "Vui lòng nhập địa bàn.",
        ], result.Errors);
        await using var db = _s.Db();
        Assert.Equal(0, await db.Incidents.CountAsync());
    }

    [Theory]
    [InlineData(95.0, 105.0, "Vĩ độ phải nằm trong khoảng −90 đến 90.")]
    [InlineData(22.8, 181.0, "Kinh độ phải nằm trong khoảng −180 đến 180.")]
    [InlineData(22.8, null, "Nhập cả vĩ độ và kinh độ, hoặc để trống cả hai.")]
    [InlineData(null, 104.98, "Nhập cả vĩ độ và kinh độ, hoặc để trống cả hai.")]
    public async Task Save_RefusesCoordinatesOutOfRangeOrHalfGiven(double? latitude, double? longitude, string message)
    {
        var form = Form();
        (form.Latitude, form.Longitude) = (latitude, longitude);

        Assert.Equal([message], (await SaveAsync(form)).Errors);
    }

    [Fact]
    public async Task Save_RefusesAnIncidentThatOccurredAfterItWasReported_OrAReportInTheFuture()
    {
        var late = Form();
        late.ReportedAt = new DateTime(2026, 11, 27, 1, 0, 0);
        var future = Form();
        future.ReportedAt = new DateTime(2026, 11, 28, 13, 0, 0);

        Assert.Equal(["Thời điểm xảy ra không được sau thời điểm tiếp nhận."], (await SaveAsync(late)).Errors);
        Assert.Equal(["Thời điểm tiếp nhận không được ở tương lai."], (await SaveAsync(future)).Errors);
    }

    [Fact]
    public async Task Save_RefusesAnAgreementThatDoesNotContainTheDay_OrADayWithoutAgreement()
    {
        var wrong = Form();
        wrong.AgreementId = 1; // QCPH-2012
        var before = Form();
        before.OccurredAt = new DateTime(2011, 5, 1, 8, 0, 0);

        Assert.Equal(["Ngày xảy ra 27/11/2026 nằm ngoài thời hạn của quy chế QCPH-2012 (01/01/2012 – 28/10/2023)."], (await SaveAsync(wrong)).Errors);
        Assert.Equal(["Không có quy chế nào có hiệu lực vào ngày 01/05/2011."], (await SaveAsync(before)).Errors);
    }

    [Fact]
    public async Task Save_AcceptsARetiredArea_ForWhatHappenedBeforeItWasRetired_Only()
    {
        var old = Form("SC-2025-0100");
        (old.AreaId, old.OccurredAt, old.ReportedAt) = (_retiredCommune, new DateTime(2025, 3, 1, 22, 0, 0), new DateTime(2025, 3, 2, 7, 0, 0));
        var recent = Form();
        recent.AreaId = _retiredCommune;

        Assert.True((await SaveAsync(old)).Ok);
        Assert.Equal(["Địa bàn Xã Thanh Thủy (00901) không tồn tại vào ngày xảy ra 27/11/2026."], (await SaveAsync(recent)).Errors);
    }

    [Fact]
    public async Task Save_RefusesADuplicateCode_ButAnEditKeepsItsOwn()
    {
        var id = (await SaveAsync(Form())).Id!.Value;

        var again = await SaveAsync(Form());
        var edit = (await _s.Get<IncidentDetails>().FormAsync(id, Now.UtcDateTime))!;
        edit.DamageVnd = 45_000_000;

        Assert.Equal(["Mã vụ việc SC-2026-0777 đã tồn tại."], again.Errors);
        Assert.True((await SaveAsync(edit)).Ok);
    }

    [Fact]
    public async Task ChangeStatus_SetsResolvedAtOrClosedAt_AndReopeningClearsThem()
    {
        var id = (await SaveAsync(Form())).Id!.Value;
        var commands = _s.Scoped<IncidentCommands>();

        Assert.True((await commands.ChangeStatusAsync(id, 0, Now.UtcDateTime, IncidentStatus.Resolved)).Ok);
        await using (var db = _s.Db())
        {
            var i = await db.Incidents.SingleAsync();
            Assert.Equal((IncidentStatus.Resolved, (DateTime?)Now.UtcDateTime, null), (i.Status, i.ResolvedAt, i.ClosedAt));
        }
        Assert.True((await commands.ChangeStatusAsync(id, 1, Now.UtcDateTime, IncidentStatus.Closed)).Ok);
        await using (var db = _s.Db())
        {
            var i = await db.Incidents.SingleAsync();
            Assert.Equal((IncidentStatus.Closed, null, (DateTime?)Now.UtcDateTime), (i.Status, i.ResolvedAt, i.ClosedAt));
        }
        Assert.True((await commands.ChangeStatusAsync(id, 2, Now.UtcDateTime, IncidentStatus.Investigating)).Ok);
        await using var check = _s.Db();
        var reopened = await check.Incidents.SingleAsync();
        Assert.Equal((IncidentStatus.Investigating, null, null), (reopened.Status, reopened.ResolvedAt, reopened.ClosedAt));
    }

    [Fact]
    public async Task Save_OfAStaleForm_IsRefusedWithWhoChangedWhat_AndNothingIsOverwritten()
    {
        var id = (await SaveAsync(Form())).Id!.Value;
        var details = _s.Get<IncidentDetails>();
        var mine = (await details.FormAsync(id, Now.UtcDateTime))!;
        var theirs = (await details.FormAsync(id, Now.UtcDateTime))!;
        (theirs.Summary, theirs.DamageVnd) = ("Trộm cắp 300 m cáp quang, đã thu hồi một phần", 45_000_000);
        Assert.True((await SaveAsync(theirs)).Ok);

        mine.Severity = IncidentSeverity.Critical;
        var result = await SaveAsync(mine);
        var status = await _s.Scoped<IncidentCommands>().ChangeStatusAsync(id, mine.Version, mine.LoadedAtUtc, IncidentStatus.Resolved);

        Assert.True(result.Conflict);
        var message = Assert.Single(result.Errors);
        Assert.Contains("dieuphoi@test.local", message, StringComparison.Ordinal);
        Assert.Contains("Tóm tắt diễn biến", message, StringComparison.Ordinal);
        Assert.Contains("Thiệt hại (₫)", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Mức độ", message, StringComparison.Ordinal);
        Assert.True(status.Conflict);
        await using var db = _s.Db();
        var saved = await db.Incidents.SingleAsync();
        Assert.Equal((45_000_000L, IncidentSeverity.Medium, IncidentStatus.Reported), (saved.DamageVnd, saved.Severity, saved.Status));
    }
}
