using System.Security.Cryptography;
using System.Text.Json;
using Dashboard.Bench;
using Dashboard.Features.Audit;
using Dashboard.Features.Import;
using Dashboard.Features.Incidents;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using static Dashboard.Tests.Features.Import.ImportTestKit;

namespace Dashboard.Tests.Features.Import;

/// <summary>Workbooks past the sizes that used to fail: narrow sheets (few columns) so the tests stay quick.</summary>
public class ImportAtScaleTests
{
    /// <summary>The database the imports write to; the PostgreSQL run is in OnPostgreSql.cs.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>More incident codes than SQLite's 32,766 parameters: one IN list of them all made the import fail.</summary>
    private const int OverTheOldLimit = 33_000;

    [Fact]
    public async Task ImportAsync_WritesEveryRow_InBatchesAuditedOnce_AndChangesNothingTheSecondTime_WhenTheFileHasMoreKeysThanTheOldParameterLimit()
    {
        await using var db = await TestDatabase.CreateAsync(Provider);
        var service = Service(db);
        var bytes = ImportWorkbookGenerator.Bytes(new GeneratedWorkbook(0, 0, OverTheOldLimit, Prefix: "T", Narrow: true));

        var first = await service.ImportAsync(new MemoryStream(bytes), new ImportOptions(Actor: "tester", FileName: "lịch-sử.xlsx"));

        Assert.True(first.Written, string.Join("; ", first.Faults.Take(5).Select(f => $"{f.Sheet} {f.Row} {f.Column} {f.Code}")));
        Assert.Equal(new SheetCounts("Incidents", OverTheOldLimit, 0, 0), first.Sheets.Single(s => s.Sheet == "Incidents"));
        await using (var c = db.CreateDbContext())
        {
            Assert.Equal(OverTheOldLimit, await c.Incidents.CountAsync(i => i.Code.StartsWith("T-VV-")));
            var batches = await c.AuditEntries.Where(a => a.Action == "Imported" && a.Entity == "Incident").OrderBy(a => a.Id).ToListAsync();
            Assert.Equal((OverTheOldLimit + ImportWriter.BatchSize - 1) / ImportWriter.BatchSize, batches.Count);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var details = batches.Select(b => JsonDocument.Parse(b.Changes!).RootElement).ToList();
            Assert.All(details, d => Assert.Equal(hash, d.GetProperty("Sha256").GetString()));
            Assert.All(details, d => Assert.Equal("lịch-sử.xlsx", d.GetProperty("File").GetString()));
            Assert.Equal(OverTheOldLimit, details.Sum(d => d.GetProperty("Rows").GetInt32()));
            Assert.Equal("Incidents 2–5001", batches[0].EntityKey);
            Assert.All(batches, b => Assert.Equal("tester", b.Actor));
            Assert.Equal(0, await c.AuditEntries.CountAsync(a => a.Entity == "Incident" && a.Action != "Imported"));
        }
        var before = await CountsAsync(db);

        var second = await service.ImportAsync(new MemoryStream(bytes), new ImportOptions());

        Assert.True(second.Written);
        Assert.All(second.Sheets, s => Assert.Equal((0, 0), (s.Inserted, s.Updated)));
        Assert.Equal(before, await CountsAsync(db));
    }

    [Fact]
    public async Task SaveChanges_AuditsALaterEditOfAnImportedRow_OnItsOwn()
    {
        await using var db = await TestDatabase.CreateAsync(Provider);
        await Service(db).ImportAsync(new MemoryStream(ImportWorkbookGenerator.Bytes(new GeneratedWorkbook(0, 0, 3, Prefix: "T", Narrow: true))), new ImportOptions());

        await using (var c = db.CreateDbContext())
        {
            var incident = await c.Incidents.SingleAsync(i => i.Code == "T-VV-000001");
            incident.Summary = "Đã xác minh tại hiện trường";
            await c.SaveChangesAsync();
        }

        await using var check = db.CreateDbContext();
        var edit = await check.AuditEntries.SingleAsync(a => a.Entity == "Incident" && a.Action == "Modified");
        Assert.Equal("T-VV-000001", edit.EntityKey);
        Assert.Equal([new AuditChanges.Change("Summary", null, "Đã xác minh tại hiện trường")], AuditChanges.Parse(edit.Changes));
        Assert.Equal(1, (await check.Incidents.SingleAsync(i => i.Code == "T-VV-000001")).Version);
    }

    [Fact]
    public async Task ImportAsync_ListsTheFirstThousandFaultsWithTheirPlace_AndCountsThemAll_WhenManyRowsAreBad()
    {
        await using var db = await TestDatabase.CreateAsync(Provider);
        var before = await CountsAsync(db);
        var file = ImportWorkbookGenerator.Bytes(new GeneratedWorkbook(0, 0, 1_600, Prefix: "T", Narrow: true, BadRows: 1_500));
        var heard = new List<ImportStatus>();

        var report = await Service(db).ImportAsync(new MemoryStream(file), new ImportOptions(Progress: heard.Add));

        Assert.False(report.Accepted);
        Assert.True(report.Capped);
        Assert.Equal(1_500, report.TotalFaults);
        Assert.Equal(FaultList.Limit, report.Faults.Count);
        Assert.Equal(("Incidents", 2, "Severity", "BadChoice"), (report.Faults[0].Sheet, report.Faults[0].Row, report.Faults[0].Column, report.Faults[0].Code));
        Assert.Equal(("Incidents", 1_001, "Severity"), (report.Faults[^1].Sheet, report.Faults[^1].Row, report.Faults[^1].Column));
        Assert.Equal(before, await CountsAsync(db));
        // The page hears the rows read and the faults found, and no writing stage for a refused file.
        Assert.Contains(heard, s => s.Stage == ImportStage.Validating && s.RowsRead >= 1_600 && s.Faults == 1_500);
        Assert.DoesNotContain(heard, s => s.Stage == ImportStage.Writing);
    }
}
