using ClosedXML.Excel;
using Dashboard.Features.Digests;
using Dashboard.Features.Digests.Workbook;

namespace Dashboard.Tests.Features.Digests;

public sealed class DigestWorkbookTests
{
    private static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));

    private static IEnumerable<string> EveryText(XLWorkbook workbook) =>
        workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString())
            .Concat(workbook.Worksheets.Select(s => s.Name));

    [Fact]
    public void Build_KeepsFormulaLikeSubjectAsText_InTheSavedFile()
    {
        var bytes = DigestWorkbook.Build(SampleDigest.Content(DigestScope.Coordinator), SampleDigest.Text("vi"));

        using var workbook = Open(bytes);
        var cell = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Single(c => c.GetString() == SampleDigest.FormulaSubject);
        Assert.False(cell.HasFormula);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.DoesNotContain(workbook.Worksheets.SelectMany(s => s.CellsUsed()), c => c.HasFormula);
        // Digits stay digits: area code 001 is not the number 1.
        var area = workbook.Worksheet("Bản đồ nhiệt").Cell(4, 1);
        Assert.Equal(XLDataType.Text, area.DataType);
        Assert.Equal("001", area.GetString());
        // The raw sheet XML holds no <f> element at all: no spreadsheet program will evaluate anything.
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            Assert.DoesNotContain("<x:f>", reader.ReadToEnd().Replace("<f>", "<x:f>", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_LeavesOutReferenceNumbersAndSubjects_ForLeadership()
    {
        var bytes = DigestWorkbook.Build(SampleDigest.Content(DigestScope.Leadership), SampleDigest.Text("vi"));

        using var workbook = Open(bytes);
        var texts = EveryText(workbook).ToList();
        string[] secrets = [SampleDigest.SecretReference, "126/CV-PA05", SampleDigest.SecretSubject, SampleDigest.FormulaSubject,
            SampleDigest.SecretCaseRef, SampleDigest.SecretSummary, "VV-2026-0042"];
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(texts, t => t.Contains(secret, StringComparison.Ordinal));
        }
        Assert.Equal(["Tổng hợp", "Bản đồ nhiệt", "Đề xuất khen thưởng"], workbook.Worksheets.Select(s => s.Name));
        // The figures and candidates are still there.
        Assert.Contains("Nguyễn Thị Hà", texts);
    }

    [Fact]
    public void Build_HasEverySheetInVietnamese_ForACoordinator()
    {
        using var workbook = Open(DigestWorkbook.Build(SampleDigest.Content(DigestScope.Coordinator), SampleDigest.Text("vi")));

        Assert.Equal(["Tổng hợp", "Yêu cầu đang mở", "Vụ việc trong tuần", "Bản đồ nhiệt", "Đề xuất khen thưởng"], workbook.Worksheets.Select(s => s.Name));
        var requests = workbook.Worksheet("Yêu cầu đang mở");
        Assert.Equal("Số hiệu", requests.Cell(3, 2).GetString());
        Assert.Equal(SampleDigest.SecretReference, requests.Cell(4, 2).GetString());
    }

    [Fact]
    public void Build_SpeaksEnglish_ForAnEnglishRecipient()
    {
        using var workbook = Open(DigestWorkbook.Build(SampleDigest.Content(DigestScope.Coordinator), SampleDigest.Text("en")));

        Assert.Equal(["Summary", "Open requests", "Incidents of the week", "Heat map", "Commendation candidates"], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal("Open requests *", workbook.Worksheet("Summary").Cell(SummarySheet.TableHeaderRow + 1, 1).GetString());
        Assert.DoesNotContain(EveryText(workbook), t => t.Contains("Tuần này", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_MarksOverdueRequests_WithFillAndText()
    {
        using var workbook = Open(DigestWorkbook.Build(SampleDigest.Content(DigestScope.Coordinator), SampleDigest.Text("vi")));
        var sheet = workbook.Worksheet("Yêu cầu đang mở");

        // Due 21/11 08:00 local, before the week's end (23/11 00:00): overdue. Due 28/11: not yet.
        Assert.Equal("QUÁ HẠN", sheet.Cell(4, 1).GetString());
        Assert.NotEqual(XLColor.NoColor, sheet.Cell(4, 3).Style.Fill.BackgroundColor);
        Assert.Equal("Trong hạn", sheet.Cell(5, 1).GetString());
        Assert.Equal(new DateTime(2026, 11, 21, 8, 0, 0), sheet.Cell(4, 8).GetDateTime());
        Assert.Equal("dd/mm/yyyy hh:mm", sheet.Cell(4, 8).Style.NumberFormat.Format);
    }

    [Fact]
    public void Build_PreparesEverySheetForScreenAndPrint()
    {
        using var workbook = Open(DigestWorkbook.Build(SampleDigest.Content(DigestScope.Coordinator), SampleDigest.Text("vi")));

        foreach (var sheet in workbook.Worksheets)
        {
            Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
            Assert.Equal(1, sheet.PageSetup.PagesWide);
            Assert.True(sheet.SheetView.SplitRow > 0, sheet.Name + " has no frozen header");
            Assert.True(sheet.PageSetup.FirstRowToRepeatAtTop > 0, sheet.Name + " repeats no header row when printed");
            Assert.All(sheet.ColumnsUsed(), c => Assert.InRange(c.Width, 8, 60));
        }
        Assert.True(workbook.Worksheet("Yêu cầu đang mở").AutoFilter.IsEnabled);
        Assert.True(workbook.Worksheet("Vụ việc trong tuần").AutoFilter.IsEnabled);
        Assert.NotEmpty(workbook.Worksheet("Bản đồ nhiệt").ConditionalFormats);
    }

    [Fact]
    public void Build_WritesTheFiguresAndTheChange_OnTheSummary()
    {
        using var workbook = Open(DigestWorkbook.Build(SampleDigest.Content(DigestScope.Leadership), SampleDigest.Text("vi")));
        var sheet = workbook.Worksheet("Tổng hợp");
        var rows = DigestMetrics.All.Select((m, i) => (m.Key, Row: SummarySheet.TableHeaderRow + 1 + i)).ToDictionary(x => x.Key, x => x.Row);

        var received = rows["Digest_M_RequestsReceived"];
        Assert.Equal(7, sheet.Cell(received, 2).GetDouble());
        Assert.Equal(4, sheet.Cell(received, 3).GetDouble());
        Assert.Equal(3, sheet.Cell(received, 4).GetDouble());
        Assert.Equal(45, sheet.Cell(received, 5).GetDouble());
        var onTime = rows["Digest_M_OnTimeRate"];
        Assert.Equal(0.25, sheet.Cell(onTime, 4).GetDouble(), 4);
        Assert.Equal(0.9286, sheet.Cell(onTime, 5).GetDouble(), 4);
        Assert.Contains("23/11/2026 00:00", sheet.Cell(4, 2).GetString());
        Assert.Contains("2026-W47 (16/11/2026 – 22/11/2026)", sheet.Cell(3, 2).GetString());
    }
}
