using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dashboard.Features.Heatmaps;
using Dashboard.Features.Kpis;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Bench;

/// <summary>
/// `bench [--agreement CODE] [--runs N]` (the root command; `bench import` is <see cref="ImportBench"/>): the speed targets of SPEC §8 measured in one warm process (medians of N runs after
/// thirty warm-up runs, as a server that has been serving a while) — speed is measured here, never by timed tests. Run it
/// on the national data set (`seed --scale national`).
/// The one-agreement figures are also computed by hand-written SQL (<see cref="HandWrittenFigures"/>), in runs taken in
/// turn with the EF ones; both must give the same JSON, or the verb exits 1.
/// </summary>
public static class BenchVerb
{
    private const int WarmUps = 30;

    /// <summary>Every heat map the page draws, over the agreement's whole history.</summary>
    private static readonly (HeatmapShape Shape, string Name)[] HeatMaps =
    [
        (HeatmapShape.AreaByWeek, "area × week"), (HeatmapShape.AreaByMonth, "area × month"),
        (HeatmapShape.WeekdayByHour, "weekday × hour"), (HeatmapShape.AreaByKind, "area × kind"),
    ];

    public static RootCommand Create(Func<IServiceProvider> services)
    {
        var agreement = new Option<string?>("--agreement") { Description = "Agreement for the one-agreement figures (default: the first by code)" };
        var runs = new Option<int>("--runs") { Description = "Measured runs per target", DefaultValueFactory = _ => 15 };
        var command = new RootCommand("Đo tốc độ theo SPEC §8 / Measure the speed targets of SPEC §8") { agreement, runs, ImportBench.Create(services) };
        command.SetAction(async (parse, ct) =>
        {
            var provider = services();
            var figures = provider.GetRequiredService<FiguresService>();
            var heatmaps = provider.GetRequiredService<HeatmapService>();
            var dbs = provider.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
            var lists = provider.GetRequiredService<ReferenceLists>();
            var code = parse.GetValue(agreement) ?? (await lists.AgreementsAsync(ct)).OrderBy(a => a.Code, StringComparer.Ordinal).First().Code;
            var n = Math.Max(1, parse.GetValue(runs));
            var output = parse.InvocationConfiguration.Output;
            // One set of inputs for both ways of computing, so that their figures can be compared.
            var window = await figures.ResolveAsync(new FigureQuery(code), ct);
            var one = new FigureQuery(window.AgreementCode, window.From, window.To, window.AsOf);
            async Task<Kpis> HandWritten()
            {
                await using var db = await dbs.CreateDbContextAsync(ct);
                return await HandWrittenFigures.ComputeAsync(db, one, ct);
            }
            var (ef, sql) = await MeasureInTurnAsync(n, () => figures.ComputeAsync(one, ct), HandWritten);
            var same = FiguresJson.Serialize(await figures.ComputeAsync(one, ct)) == FiguresJson.Serialize(await HandWritten());

            await output.WriteLineAsync($"target\tmedian ms\tp95 ms\tSPEC §8 ({n} runs, agreement {window.AgreementCode})");
            await WriteAsync(output, "figures, one agreement", ef, "≤ 50");
            await WriteAsync(output, "figures, one agreement, hand-written SQL", sql, string.Create(CultureInfo.InvariantCulture,
                $"EF ÷ SQL = {Median(ef) / Median(sql):0.00} (≤ 2), {(same ? "same figures" : "DIFFERENT FIGURES")}"));
            await WriteAsync(output, "figures, all agreements", await MeasureAsync(n, () => figures.ComputeAsync(new FigureQuery(), ct)), "≤ 300");
            foreach (var (shape, name) in HeatMaps)
            {
                await WriteAsync(output, "heat map " + name, await MeasureAsync(n, () => heatmaps.ComputeAsync(new FigureQuery(code), shape, ct)), "≤ 100");
            }
            return same ? 0 : 1;
        });
        return command;
    }

    private static async Task<List<double>> MeasureAsync<T>(int runs, Func<Task<T>> work)
    {
        for (var i = 0; i < WarmUps; i++)
        {
            await work();
        }
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            times.Add(await TimeAsync(work));
        }
        return times;
    }

    /// <summary>Runs taken in turn, so that both see the same load on a shared machine.</summary>
    private static async Task<(List<double> First, List<double> Second)> MeasureInTurnAsync<T>(int runs, Func<Task<T>> first, Func<Task<T>> second)
    {
        for (var i = 0; i < WarmUps; i++)
        {
            await first();
            await second();
        }
        var (a, b) = (new List<double>(), new List<double>());
        for (var i = 0; i < runs; i++)
        {
            a.Add(await TimeAsync(first));
            b.Add(await TimeAsync(second));
        }
        return (a, b);
    }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);

    private static Task WriteAsync(TextWriter output, string name, List<double> times, string target)
    {
        var sorted = times.Order().ToList();
        var p95 = sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(sorted.Count * 0.95) - 1)];
        return output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name}\t{Median(times):0.0}\t{p95:0.0}\t{target}"));
    }
}
