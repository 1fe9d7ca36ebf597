using System.Globalization;
using ClosedXML.Excel;
using Dashboard.Features.Audit;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Localization;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Features.Requests;

public sealed class RequestCommandsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 5, 0, 0, TimeSpan.Zero); // 12:00 in Hà Nội
    private CoreServices _s = null!;
    private int _police, _engineer;

    public RequestCommandsTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Cultures.Vi;

    public async Task InitializeAsync()
    {
        _s = await CoreServices.CreateAsync(new FixedTime(Now));
        await using var db = _s.Db();
        var pa05 = new Unit { Code = "PA05", Name = "Phòng An ninh mạng", Agency = Agency.Police };
        var telecom = new Unit { Code = "VT-KT", Name = "Phòng Kỹ thuật", Agency = Agency.Telecom };
        var engineer = new Person { Code = "T01", FullName = "Nguyễn Thị Hà", Unit = telecom };
        db.AddRange(pa05, telecom, engineer);
        await db.SaveChangesAsync();
        (_police, _engineer) = (pa05.Id, engineer.Id);
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    private RequestForm Form(string reference = "125/CV-PA05", string subject = "Xác minh chủ thuê bao liên quan vụ trộm cáp") => new()
    {
        ReferenceNo = reference, Subject = subject, RequestingUnitId = _police, Priority = RequestPriority.Urgent,
        ReceivedAt = new DateTime(2026, 11, 27, 9, 30, 0), AssignedToId = _engineer, LoadedAtUtc = Now.UtcDateTime,
    };

    [Fact]
    public async Task Save_CreatesTheRequest_WithTheAgreementInForceAndTheDefaultDueTime()
    {
        var result = await _s.Scoped<RequestCommands>().SaveAsync(Form());

        Assert.True(result.Ok, string.Join("; ", result.Errors));
        await using var db = _s.Db();
        var saved = await db.Requests.Include(r => r.Agreement).SingleAsync();
        Assert.Equal("QCPH-2023", saved.Agreement!.Code);
        Assert.Equal(new DateTime(2026, 11, 27, 2, 30, 0), saved.ReceivedAt);
        Assert.Equal(saved.ReceivedAt.AddHours(24), saved.DueAt);
        Assert.Equal("dieuphoi@test.local", (await db.AuditEntries.SingleAsync(a => a.Entity == "InformationRequest")).Actor);
    }

    [Fact]
    public async Task Save_RefusesBadInput_WithEveryFaultInVietnamese()
    {
        var form = Form(reference: " ", subject: "");
        form.DueAt = new DateTime(2026, 11, 26, 9, 0, 0);
        form.AssignedToId = null;
        form.RequestingUnitId = null;

        var result = await _s.Scoped<RequestCommands>().SaveAsync(form);

        Assert.Contains("Vui lòng nhập số hiệu.", result.Errors);
        Assert.Contains("Vui lòng nhập nội dung yêu cầu.", result.Errors);
        Assert.Contains("Vui lòng nhập đơn vị yêu cầu.", result.Errors);
        Assert.Contains("Hạn trả lời phải sau thời điểm nhận.", result.Errors);
        await using var db = _s.Db();
        Assert.Equal(0, await db.Requests.CountAsync());
    }

    [Fact]
    public async Task Save_RefusesADuplicateReference_InTheSameAgreement()
    {
        await _s.Scoped<RequestCommands>().SaveAsync(Form());

        var again = await _s.Scoped<RequestCommands>().SaveAsync(Form());

        Assert.Equal(["Số hiệu 125/CV-PA05 đã có trong quy chế này."], again.Errors);
    }

    [Fact]
    public async Task ChangeStatus_ToAnswered_SetsAnsweredAndClosedAt_AndReopeningClearsThem()
    {
        var id = (await _s.Scoped<RequestCommands>().SaveAsync(Form())).Id!.Value;

        await _s.Scoped<RequestCommands>().ChangeStatusAsync(id, 0, Now.UtcDateTime, RequestStatus.Answered);
        await using (var db = _s.Db())
        {
            var r = await db.Requests.SingleAsync();
            Assert.Equal((RequestStatus.Answered, Now.UtcDateTime, Now.UtcDateTime), (r.Status, r.AnsweredAt!.Value, r.ClosedAt!.Value));
        }
        await _s.Scoped<RequestCommands>().ChangeStatusAsync(id, 1, Now.UtcDateTime, RequestStatus.InProgress);
        await using var check = _s.Db();
        var reopened = await check.Requests.SingleAsync();
        Assert.Null(reopened.AnsweredAt);
        Assert.Null(reopened.ClosedAt);
    }

    [Fact]
    public async Task Save_OfAStaleForm_IsRefusedWithWhoChangedWhat_AndNothingIsOverwritten()
    {
        var id = (await _s.Scoped<RequestCommands>().SaveAsync(Form())).Id!.Value;
        var details = _s.Get<RequestDetails>();
        var mine = (await details.FormAsync(id, Now.UtcDateTime))!;
        var theirs = (await details.FormAsync(id, Now.UtcDateTime))!;
        theirs.Subject = "Nội dung do người khác sửa";
        Assert.True((await _s.Scoped<RequestCommands>().SaveAsync(theirs)).Ok);

        mine.Priority = RequestPriority.Normal;
        var result = await _s.Scoped<RequestCommands>().SaveAsync(mine);

        Assert.True(result.Conflict);
        var message = Assert.Single(result.Errors);
        Assert.Contains("dieuphoi@test.local", message, StringComparison.Ordinal);
        Assert.Contains("Nội dung yêu cầu", message, StringComparison.Ordinal);
        await using var db = _s.Db();
        var saved = await db.Requests.SingleAsync();
        Assert.Equal(("Nội dung do người khác sửa", RequestPriority.Urgent), (saved.Subject, saved.Priority));
    }

    [Fact]
    public async Task AddVerification_RefusesACountBelowOne_AndRecordsAValidBatch()
    {
        var id = (await _s.Scoped<RequestCommands>().SaveAsync(Form())).Id!.Value;

        var bad = await _s.Scoped<RequestCommands>().AddVerificationAsync(id, new VerificationForm { Count = 0 });
        var good = await _s.Scoped<RequestCommands>().AddVerificationAsync(id, new VerificationForm { Kind = VerificationKind.CellLocation, Count = 46, PerformedById = _engineer });

        Assert.Equal(["Số lượt phải từ 1 trở lên."], bad.Errors);
        Assert.True(good.Ok);
        await using var db = _s.Db();
        var v = await db.Verifications.SingleAsync();
        Assert.Equal((46, VerificationKind.CellLocation, Now.UtcDateTime), (v.Count, v.Kind, v.PerformedAt));
        Assert.Equal((await db.Requests.SingleAsync()).AgreementId, v.AgreementId);
    }

    [Fact]
    public async Task Export_KeepsFormulaLikeSubjectsAsText_AndMarksOverdueInWords()
    {
        await _s.Scoped<RequestCommands>().SaveAsync(Form(subject: "=HYPERLINK(\"http://x\",\"y\")"));

        var bytes = await _s.Get<RequestExport>().BuildAsync(new RequestFilter(), "tester");

        using var wb = new XLWorkbook(new MemoryStream(bytes));
        var ws = wb.Worksheets.First();
        Assert.Equal("Yêu cầu tra cứu", ws.Name);
        var cell = ws.CellsUsed().Single(c => c.GetString().Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.False(cell.HasFormula);
        Assert.Equal("=HYPERLINK(\"http://x\",\"y\")", cell.GetString());
        Assert.Contains(ws.CellsUsed(), c => c.GetString() == "Quá hạn");
        Assert.True(ws.SheetView.SplitRow > 0);
        Assert.Equal(XLPageOrientation.Landscape, ws.PageSetup.PageOrientation);
    }
}
