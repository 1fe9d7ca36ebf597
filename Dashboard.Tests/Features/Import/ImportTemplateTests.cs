using ClosedXML.Excel;
using Dashboard.Features.Import;
using Dashboard.Tests.TestInfrastructure;
using static Dashboard.Tests.Features.Import.ImportTestKit;

namespace Dashboard.Tests.Features.Import;

public sealed class ImportTemplateTests
{
    [Fact]
    public void Build_HasEverySheetAndHeaderOfTheSpec_AndAVietnameseInstructionsSheet()
    {
        using var workbook = new XLWorkbook(new MemoryStream(ImportTemplate.Build()));

        Assert.Equal("Hướng dẫn", workbook.Worksheets.First().Name);
        foreach (var sheet in ImportSchema.Sheets)
        {
            var ws = workbook.Worksheet(sheet.Name);
            var headers = ws.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
            Assert.Equal(sheet.Columns.Select(c => c.Key), headers);
            Assert.False(ws.Row(2).IsEmpty());
        }
        var instructions = workbook.Worksheet("Hướng dẫn");
        var described = instructions.RowsUsed().Select(r => $"{r.Cell(1).GetString()}.{r.Cell(2).GetString()}").ToHashSet();
        Assert.All(ImportSchema.Sheets.SelectMany(s => s.Columns.Select(c => $"{s.Name}.{c.Key}")), key => Assert.Contains(key, described));
        Assert.Contains(instructions.CellsUsed(), c => c.GetString().Contains("dd/MM/yyyy HH:mm", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_ImportsCleanly_ItsExampleRowsIntoASeededDatabase()
    {
        await using var db = await TestDatabase.CreateAsync();

        var report = await Service(db).ImportAsync(new MemoryStream(ImportTemplate.Build()), new ImportOptions());

        Assert.True(report.Written, string.Join("; ", report.Faults.Select(f => $"{f.Sheet} {f.Row} {f.Column} {f.Code} {string.Join(",", f.Args)}")));
        // The agreement and area examples are the reference data, so they stay as they are.
        Assert.Equal(new SheetCounts("Agreements", 0, 0, 1), report.Sheets[0]);
        Assert.Equal(new SheetCounts("Areas", 0, 0, 1), report.Sheets[1]);
        Assert.All(report.Sheets.Skip(2), s => Assert.Equal(s.Total, s.Inserted));
    }

    [Fact]
    public void SetText_KeepsTextStartingWithEquals_AsTextAfterSaving()
    {
        using var stream = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            ImportTemplate.SetText(workbook.AddWorksheet("S").Cell(1, 1), "=HYPERLINK(\"http://x\",\"y\")");
            workbook.SaveAs(stream);
        }

        using var reopened = new XLWorkbook(new MemoryStream(stream.ToArray()));
        var cell = reopened.Worksheet("S").Cell(1, 1);
        Assert.Equal("", cell.FormulaA1);
        Assert.Equal("=HYPERLINK(\"http://x\",\"y\")", cell.GetString());
    }
}
