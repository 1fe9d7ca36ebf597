using Dashboard.Cli;
using Dashboard.Tests.TestInfrastructure;
using static Dashboard.Tests.Features.Import.ImportTestKit;

namespace Dashboard.Tests.Features.Import;

public sealed class ImportVerbTests
{
    private static async Task<(int Exit, string Output)> RunAsync(TestDatabase db, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, $"--ConnectionStrings:Dashboard={db.ConnectionString}"], output, error);
        return (exit, output + error.ToString());
    }

    [Fact]
    public async Task Import_ExitsZeroAndPrintsCounts_WhenTheFileIsGood()
    {
        await using var db = await TestDatabase.CreateAsync();
        var path = Path.Combine(db.Folder, "good.xlsx");
        await File.WriteAllBytesAsync(path, new WorkbookBuilder().WithPeople().Sheet("Requests", RequestColumns, Request("1/A")).Bytes());

        var (exit, output) = await RunAsync(db, "import", path);

        Assert.Equal(0, exit);
        Assert.Contains("Requests\t1\t0\t0", output, StringComparison.Ordinal);
        Assert.Equal(1, (await CountsAsync(db))[4]);
    }

    [Fact]
    public async Task Import_WritesNothing_WhenDryRun()
    {
        await using var db = await TestDatabase.CreateAsync();
        var path = Path.Combine(db.Folder, "good.xlsx");
        await File.WriteAllBytesAsync(path, new WorkbookBuilder().WithPeople().Sheet("Requests", RequestColumns, Request("1/A")).Bytes());

        var (exit, output) = await RunAsync(db, "import", path, "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("Requests\t1\t0\t0", output, StringComparison.Ordinal);
        Assert.Equal(0, (await CountsAsync(db))[4]);
    }

    [Fact]
    public async Task Import_ExitsOneAndPrintsEachFault_WhenTheFileIsBad()
    {
        await using var db = await TestDatabase.CreateAsync();
        var path = Path.Combine(db.Folder, "bad.xlsx");
        var file = new WorkbookBuilder().WithPeople().Sheet("Requests", RequestColumns, Request("1/A", receivedAt: "32/01/2024 08:00"), Request("2/A", assigned: "X9"));
        await File.WriteAllBytesAsync(path, file.Bytes());

        var (exit, output) = await RunAsync(db, "import", path);

        Assert.Equal(1, exit);
        Assert.Contains("Requests\t2\tReceivedAt\t“32/01/2024 08:00” không phải là ngày giờ hợp lệ", output, StringComparison.Ordinal);
        Assert.Contains("Requests\t3\tAssignedToCode\tKhông tìm thấy cán bộ mã “X9”", output, StringComparison.Ordinal);
        Assert.Contains("Không có dữ liệu nào được ghi", output, StringComparison.Ordinal);
        Assert.Equal(0, (await CountsAsync(db))[3]);
    }

    [Fact]
    public async Task Import_ExitsOne_WhenTheFileIsNotExcel()
    {
        await using var db = await TestDatabase.CreateAsync();
        var path = Path.Combine(db.Folder, "notes.xlsx");
        await File.WriteAllTextAsync(path, "not a workbook");

        var (exit, output) = await RunAsync(db, "import", path);

        Assert.Equal(1, exit);
        Assert.Contains("không phải là tệp Excel", output, StringComparison.Ordinal);
    }
}
