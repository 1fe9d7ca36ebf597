using Dashboard.Cli;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Features.DemoData;

public sealed class SeedVerbTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dashboard-tests", Guid.NewGuid().ToString("N"));

    public SeedVerbTests() => Directory.CreateDirectory(_folder);

    private string Connection => $"--ConnectionStrings:Dashboard=Data Source={Path.Combine(_folder, "seed.db")}";

    [Fact]
    public async Task Seed_ExitsZeroAndSummarises_WhenScaleIsDemoOnAFileThatDoesNotExist()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CliApp.RunAsync(["seed", "--scale", "demo", Connection], output, error);

        Assert.Equal(0, exit);
        Assert.Contains("Đã tạo dữ liệu mẫu", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Seeded demo data (seed 2012)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("920", await RunAgain(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_ExitsNonZeroWithMessage_WhenScaleIsUnknown()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CliApp.RunAsync(["seed", "--scale", "galactic", Connection], output, error);

        Assert.NotEqual(0, exit);
        Assert.Contains("galactic", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "seed.db")));
    }

    /// <summary>A second run on the same file seeds nothing and says so.</summary>
    private async Task<string> RunAgain()
    {
        var output = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["seed", "--scale", "demo", Connection], output, new StringWriter()));
        Assert.Contains("nothing was seeded", output.ToString(), StringComparison.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "seed.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT SUM(\"Count\") FROM Verifications WHERE AgreementId = 1;";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
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
