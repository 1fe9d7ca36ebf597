using ClosedXML.Excel;
using Dashboard.Cli;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Features.Digests;

public sealed class DigestVerbTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dashboard-tests", Guid.NewGuid().ToString("N"));

    public DigestVerbTests() => Directory.CreateDirectory(_folder);

    private string Connection => $"--ConnectionStrings:Dashboard=Data Source={Path.Combine(_folder, "digest.db")}";

    private string Out => Path.Combine(_folder, "out", "digest.xlsx");

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await CliApp.RunAsync([.. args, Connection], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("2026-47")]
    [InlineData("2026-W54")]
    [InlineData("tuần trước")]
    public async Task Digest_ExitsOneWithAClearMessage_WhenTheWeekIsNoIsoWeek(string week)
    {
        var (exit, _, error) = await RunAsync("digest", "--agreement", "QCPH-2023", "--week", week, "--out", Out);

        Assert.Equal(1, exit);
        Assert.Contains($"Tuần không hợp lệ: \"{week}\"", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Out));
    }

    [Fact]
    public async Task Digest_ExitsOne_WhenTheAgreementIsUnknownOrTheWeekOutsideIt()
    {
        var unknown = await RunAsync("digest", "--agreement", "QCPH-1999", "--week", "2026-W47", "--out", Out);
        var outside = await RunAsync("digest", "--agreement", "QCPH-2012", "--week", "2026-W47", "--out", Out);

        Assert.Equal((1, true), (unknown.Exit, unknown.Error.Contains("Không có quy chế mã QCPH-1999", StringComparison.Ordinal)));
        Assert.Equal((1, true), (outside.Exit, outside.Error.Contains("nằm ngoài thời hạn của quy chế QCPH-2012", StringComparison.Ordinal)));
        Assert.False(File.Exists(Out));
    }

    [Fact]
    public async Task Digest_WritesTheWorkbook_ForACoordinatorInEnglish()
    {
        var (exit, output, error) = await RunAsync("digest", "--agreement", "qcph-2023", "--week", "2025-W10", "--scope", "Coordinator",
            "--language", "en", "--out", Out);

        Assert.True(exit == 0, error);
        Assert.Contains(Out, output, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(Out);
        Assert.Equal(["Summary", "Open requests", "Incidents of the week", "Heat map", "Commendation candidates"], workbook.Worksheets.Select(s => s.Name));
        Assert.Contains("2025-W10", workbook.Worksheet("Summary").Cell(3, 2).GetString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
