using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dashboard.Features.Heatmaps;

namespace Dashboard.Features.Kpis;

/// <summary>
/// `bench [--agreement CODE] [--runs N]`: the speed targets of SPEC §8 measured in one warm process (medians of N runs after
/// two warm-up runs) — speed is measured here, never by timed tests. Run it on the national data set (`seed --scale national`).
/// </summary>
internal static class BenchVerb
{
    public static Command Create(Func<IServiceProvider> services)
    {
        var agreement = new Option<string?>("--agreement") { Description = "Agreement for the one-agreement figures (default: the first by code)" };
        var runs = new Option<int>("--runs") { Description = "Measured runs per target", DefaultValueFactory = _ => 15 };
        var command = new Command("bench", "Đo tốc độ theo SPEC §8 / Measure the speed targets of SPEC §8") { agreement, runs };
        command.SetAction(async (parse, ct) =>
        {
            var provider = services();
            var figures = provider.GetRequiredService<FiguresService>();
            var heatmaps = provider.GetRequiredService<HeatmapService>();
            var lists = provider.GetRequiredService<People.ReferenceLists>();
            var code = parse.GetValue(agreement) ?? (await lists.AgreementsAsync(ct)).OrderBy(a => a.Code, StringComparer.Ordinal).First().Code;
            var n = Math.Max(1, parse.GetValue(runs));
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"target\tmedian ms\tp95 ms\tSPEC §8 ({n} runs, agreement {code})");
            await ReportAsync(output, "figures, one agreement", "≤ 50", n, () => figures.ComputeAsync(new FigureQuery(code), ct));
            await ReportAsync(output, "figures, all agreements", "≤ 300", n, () => figures.ComputeAsync(new FigureQuery(), ct));
            await ReportAsync(output, "heat map area × week", "≤ 100", n, () => heatmaps.ComputeAsync(new FigureQuery(code), HeatmapShape.AreaByWeek, ct));
            return 0;
        });
        return command;
    }

    private static async Task ReportAsync<T>(TextWriter output, string name, string target, int runs, Func<Task<T>> work)
    {
        for (var i = 0; i < 2; i++)
        {
            await work();
        }
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await work();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var median = times[times.Count / 2];
        var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name}\t{median:0.0}\t{p95:0.0}\t{target}"));
    }
}
