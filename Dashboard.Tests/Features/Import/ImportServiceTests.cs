using Dashboard.Features.Areas;
using Dashboard.Features.Audit;
using Dashboard.Features.Commendations;
using Dashboard.Features.Import;
using Dashboard.Features.Incidents;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using static Dashboard.Tests.Features.Import.ImportTestKit;

namespace Dashboard.Tests.Features.Import;

public class ImportServiceTests
{
    /// <summary>The database the imports write to; the PostgreSQL run is in OnPostgreSql.cs.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private static WorkbookBuilder FullWorkbook() => new WorkbookBuilder()
        .Sheet("Hướng dẫn", ["Nội dung"], ["Trang này bị bỏ qua"])
        .Sheet("Agreements", ["code", "TITLE", "SignedOn", "StartsOn", "EndsOn"], ["QCPH-2028", "Quy chế 2028–2030", null, "01/01/2028", "2030-12-31"])
        .Sheet("Areas", ["Code", "Name", "Level", "ParentCode"], ["00721", "Xã Thanh Thủy", "Commune", "030"])
        .WithPeople()
        .Sheet("Requests", RequestColumns,
            [null, "125/CV-PA05", "PA05", "CA01", "Tra cứu thuê bao", "urgent", "01/03/2024 00:30", null, "VT01", "Answered", "2024-03-01 20:00", null],
            ["QCPH-2012", "7/CV-PA05", "PA05", null, "Xác minh", "High", new DateTime(2015, 6, 1, 9, 0, 0), "2015-06-10T09:00:00+07:00", null, "Received", null, null])
        .Sheet("Verifications", VerificationColumns,
            [null, "125/CV-PA05", "CallRecords", 3, "VT01", "2024-03-01T10:00:00+07:00"],
            ["QCPH-2012", "7/CV-PA05", "SubscriberIdentity", 2, null, "02/06/2015 08:00"])
        .Sheet("Incidents",
            ["Code", "Kind", "AreaCode", "OccurredAt", "Severity", "Status", "ResolvedAt", "OutageMinutes", "SubscribersAffected", "DamageVnd", "LeadOfficerCode", "TelecomContactCode", "Latitude", "Summary"],
            ["VV-1", "cabletheft", "00721", "05/04/2024 22:15", "High", "Resolved", "07/04/2024 09:00", 180, "1.200", 15000000.0, "CA01", "VT01", "22,75", "Cắt trộm cáp"])
        .Sheet("Commendations", ["PersonCode", "AwardedOn", "Level", "AwardingBody"], ["VT01", "15/01/2025", "Giấy khen", "Công an tỉnh"]);

    [Fact]
    public async Task ImportAsync_WritesEverySheet_WithLocalTimesStoredAsUtc()
    {
        await using var db = await TestDatabase.CreateAsync(Provider);
        var notifier = new DataChangeNotifier();
        var notified = 0;
        notifier.Changed += () => notified++;

        var report = await Service(db, notifier: notifier).ImportAsync(FullWorkbook().Stream(), new ImportOptions());

        Assert.True(report.Written, string.Join("; ", report.Faults.Select(f => $"{f.Sheet} {f.Row} {f.Column} {f.Code}")));
        Assert.Equal(1, notified);
        Assert.Equal(["Agreements:1", "Areas:1", "Units:2", "People:2", "Requests:2", "Verifications:2", "Incidents:1", "Commendations:1"],
            report.Sheets.Select(s => $"{s.Sheet}:{s.Inserted}"));
        await using var c = db.CreateDbContext();
        var request = await c.Requests.Include(r => r.Agreement).Include(r => r.AssignedTo).SingleAsync(r => r.ReferenceNo == "125/CV-PA05");
        Assert.Equal("QCPH-2023", request.Agreement!.Code);
        Assert.Equal(new DateTime(2024, 2, 29, 17, 30, 0), request.ReceivedAt);
        Assert.Equal(request.ReceivedAt.AddHours(24), request.DueAt);
        Assert.Equal(RequestPriority.Urgent, request.Priority);
        Assert.Equal(RequestStatus.Answered, request.Status);
        Assert.Equal(new DateTime(2024, 3, 1, 13, 0, 0), request.AnsweredAt);
        Assert.Equal(request.AnsweredAt, request.ClosedAt);
        Assert.Equal("VT01", request.AssignedTo!.Code);
        var old = await c.Requests.Include(r => r.Agreement).SingleAsync(r => r.ReferenceNo == "7/CV-PA05");
        Assert.Equal("QCPH-2012", old.Agreement!.Code);
        Assert.Equal(new DateTime(2015, 6, 1, 2, 0, 0), old.ReceivedAt);
        Assert.Equal(new DateTime(2015, 6, 10, 2, 0, 0), old.DueAt);
        Assert.Null(old.ClosedAt);
        var verifications = await c.Verifications.Include(v => v.Request).ToListAsync();
        Assert.All(verifications, v => Assert.Equal(v.Request!.AgreementId, v.AgreementId));
        var calls = verifications.Single(v => v.Kind == VerificationKind.CallRecords);
        Assert.Equal(3, calls.Count);
        Assert.Equal(new DateTime(2024, 3, 1, 3, 0, 0), calls.PerformedAt);
        var incident = await c.Incidents.Include(i => i.Area).Include(i => i.Agreement).SingleAsync();
        Assert.Equal((IncidentKind.CableTheft, "00721", "QCPH-2023"), (incident.Kind, incident.Area!.Code, incident.Agreement!.Code));
        Assert.Equal(new DateTime(2024, 4, 5, 15, 15, 0), incident.OccurredAt);
        Assert.Equal(incident.OccurredAt, incident.ReportedAt);
        Assert.Equal(new DateTime(2024, 4, 7, 2, 0, 0), incident.ResolvedAt);
        Assert.Equal((180, 1200, 15_000_000L, 22.75), (incident.OutageMinutes, incident.SubscribersAffected, incident.DamageVnd, incident.Latitude));
        var area = await c.Areas.Include(a => a.Parent).SingleAsync(a => a.Code == "00721");
        Assert.Equal("030", area.Parent!.Code);
        Assert.Equal(new DateOnly(2025, 1, 15), (await c.Commendations.SingleAsync()).AwardedOn);
        Assert.NotEmpty(await c.AuditEntries.Where(a => a.Actor == "import").ToListAsync());
    }

    [Fact]
    public async Task ImportAsync_ChangesNothing_WhenTheSameFileIsImportedTwice()
    {
        await using var db = await TestDatabase.CreateAsync(Provider);
        var service = Service(db);
        var bytes = FullWorkbook().Bytes();
        Assert.True((await service.ImportAsync(new MemoryStream(bytes), new ImportOptions())).Written);
        var before = await CountsAsync(db);

        var second = await service.ImportAsync(new MemoryStream(bytes), new ImportOptions());

        Assert.True(second.Written);
        Assert.All(second.Sheets, s => Assert.Equal((0, 0), (s.Inserted, s.Updated)));
        Assert.Equal(12, second.Sheets.Sum(s => s.Unchanged));
        Assert.Equal(before, await CountsAsync(db));
    }

    [Fact]
    public async Task ImportAsync_UpdatesOnlyTheChangedRow_WhenAFieldDiffers()
    {
        await using var db = await TestDatabase.CreateAsync(Provider);
        var service = Service(db);
        await service.ImportAsync(new WorkbookBuilder().WithPeople().Sheet("Requests", RequestColumns, Request("1/A"), Request("2/A")).Stream(), new ImportOptions());
        var audits = (await CountsAsync(db))[^1];
        var changed = Request("2/A", assigned: "CA01");

        var report = await service.ImportAsync(new WorkbookBuilder().WithPeople().Sheet("Requests", RequestColumns, Request("1/A"), changed).Stream(), new ImportOptions());

        Assert.Equal(new SheetCounts("Requests", 0, 1, 1), report.Sheets.Single(s => s.Sheet == "Requests"));
        Assert.Equal(audits + 1, (await CountsAsync(db))[^1]);
    }

    [Fact]
    public async Task ImportAsync_WritesNothing_WhenDryRun()
    {
        await using var db = await TestDatabase.CreateAsync(Provider);
        var before = await CountsAsync(db);

        var report = await Service(db).ImportAsync(FullWorkbook().Stream(), new ImportOptions(DryRun: true));

        Assert.True(report.Accepted);
        Assert.False(report.Written);
        Assert.Equal(2, report.Sheets.Single(s => s.Sheet == "Requests").Inserted);
        Assert.Equal(before, await CountsAsync(db));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", false)]
    [InlineData("HYPERLINK(\"http://x\",\"y\")", true)]
    public async Task ImportAsync_StoresFormulaLikeSubjectAsText_WhetherTypedAsTextOrAsFormula(string cell, bool asFormula)
    {
        await using var db = await TestDatabase.CreateAsync(Provider);
        var row = Request("9/A");
        row[4] = asFormula ? new Formula(cell) : cell;

        var report = await Service(db).ImportAsync(new WorkbookBuilder().WithPeople().Sheet("Requests", RequestColumns, row).Stream(), new ImportOptions());

        Assert.True(report.Written);
        await using var c = db.CreateDbContext();
        Assert.Equal("=HYPERLINK(\"http://x\",\"y\")", (await c.Requests.SingleAsync()).Subject);
    }
}
