using Dashboard.Bench;
using Dashboard.Tests.TestInfrastructure;

namespace Dashboard.Tests.Bench;

public sealed class BenchVerbTests
{
    [Fact]
    public async Task Bench_ReportsAMedianForEveryTargetOfSpec8()
    {
        await using var db = await TestDatabase.CreateAsync();
        using var output = new StringWriter();

        var exit = await BenchProgram.RunAsync(["--runs", "1", "--agreement", "QCPH-2023", $"--ConnectionStrings:Dashboard={db.ConnectionString}"], output, TextWriter.Null);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, lines.Length);
        Assert.StartsWith("figures, one agreement\t", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("figures, one agreement, hand-written SQL\t", lines[2], StringComparison.Ordinal);
        Assert.Contains("same figures", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("figures, all agreements\t", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("heat map area × week\t", lines[4], StringComparison.Ordinal);
        Assert.StartsWith("heat map weekday × hour\t", lines[6], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.True(double.TryParse(l.Split('\t')[1], System.Globalization.CultureInfo.InvariantCulture, out _)));
    }
}
