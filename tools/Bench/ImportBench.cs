using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dashboard.Features.Import;
using Dashboard.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Bench;

/// <summary>
/// `bench import [--rows N] [--file F.xlsx]`: the import target of SPEC §8, measured (never by a timed test). Writes a
/// workbook of N rows with <see cref="ImportWorkbookGenerator"/> (or reuses F when it exists), imports it into the configured
/// database, then imports it again, which must change nothing. Prints seconds, rows per second and the process's peak
/// working set. The rows stay in the database: run it on a copy.
/// </summary>
internal static class ImportBench
{
    public static Command Create(Func<IServiceProvider> services)
    {
        var rows = new Option<int>("--rows") { Description = "Số dòng / rows (10 % requests, 80 % verifications, 10 % incidents)", DefaultValueFactory = _ => 50_000 };
        var file = new Option<FileInfo?>("--file") { Description = "Tệp Excel dùng lại nếu đã có / workbook to reuse if it exists, else written there" };
        var prefix = new Option<string>("--prefix") { Description = "Tiền tố mã / code prefix of the generated rows", DefaultValueFactory = _ => "BENCH" };
        var command = new Command("import", "Đo tốc độ nhập Excel (SPEC §8) / Measure the import of a large workbook") { rows, file, prefix };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var provider = services();
            await MigrationCheck.MigrateIfNeededAsync(provider, ct);
            var spec = GeneratedWorkbook.OfRows(Math.Max(10, parse.GetValue(rows))) with { Prefix = parse.GetValue(prefix)! };
            var path = parse.GetValue(file)?.FullName ?? Path.Combine(Path.GetTempPath(), $"dashboard-bench-{spec.Rows}.xlsx");
            if (!File.Exists(path) || parse.GetValue(file) is null)
            {
                var generating = Stopwatch.StartNew();
                await using (var stream = File.Create(path))
                {
                    ImportWorkbookGenerator.Write(stream, spec);
                }
                await output.WriteLineAsync(Line($"generated\t{generating.Elapsed.TotalSeconds:0.0} s\t{path}, {spec.Requests:N0} requests, {spec.Verifications:N0} verifications, {spec.Incidents:N0} incidents"));
            }
            var importer = provider.GetRequiredService<ImportService>();
            var bytes = new FileInfo(path).Length;
            await output.WriteLineAsync(Line($"file\t{bytes / 1024.0 / 1024.0:0.0} MB\t(limit Import:MaxBytes = {importer.MaxBytes / 1024.0 / 1024.0:0.0} MB)"));
            var first = await TimedAsync(importer, path, ct);
            await output.WriteLineAsync(Report("import", first));
            var again = await TimedAsync(importer, path, ct);
            await output.WriteLineAsync(Report("re-import", again));
            var unchanged = again.Report.Written && again.Report.Sheets.All(s => s.Inserted + s.Updated == 0);
            await output.WriteLineAsync(unchanged ? "re-import changed nothing" : "RE-IMPORT CHANGED ROWS");
            return first.Report.Written && unchanged ? 0 : 1;
        });
        return command;
    }

    private sealed record Timed(ImportReport Report, TimeSpan Elapsed, TimeSpan Cpu, long PeakBytes, string Stages);

    private static async Task<Timed> TimedAsync(ImportService importer, string path, CancellationToken ct)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        // When each stage began, from the progress the import page shows too.
        var began = new Dictionary<ImportStage, TimeSpan>();
        void Heard(ImportStatus s) => began.TryAdd(s.Stage, clock.Elapsed);
        var report = await importer.ImportFileAsync(path, new ImportOptions(Actor: "bench:import", Progress: Heard), ct);
        var elapsed = clock.Elapsed;
        using var self = Process.GetCurrentProcess();
        var marks = began.OrderBy(b => b.Value).Select(b => (Stage: b.Key.ToString().ToLowerInvariant(), At: b.Value)).ToList();
        marks.Add(("end", elapsed));
        var stages = string.Join(", ", Enumerable.Range(0, marks.Count - 1)
            .Select(i => Line($"{marks[i].Stage} {(marks[i + 1].At - marks[i].At).TotalSeconds:0.00} s")));
        return new Timed(report, elapsed, self.TotalProcessorTime - cpu, self.PeakWorkingSet64, stages);
    }

    private static string Report(string name, Timed t)
    {
        var rows = t.Report.Sheets.Sum(s => s.Total);
        var outcome = t.Report.Accepted
            ? string.Join(", ", t.Report.Sheets.Select(s => $"{s.Sheet} +{s.Inserted} ~{s.Updated} ={s.Unchanged}"))
            : $"REFUSED: {t.Report.TotalFaults} faults, first {t.Report.Faults[0].Sheet} {t.Report.Faults[0].Row} {t.Report.Faults[0].Column} {t.Report.Faults[0].Code} {string.Join(" ", t.Report.Faults[0].Args)}";
        return Line($"{name}\t{t.Elapsed.TotalSeconds:0.00} s (CPU {t.Cpu.TotalSeconds:0.00} s)\t{rows / Math.Max(0.001, t.Elapsed.TotalSeconds):N0} rows/s, peak working set {t.PeakBytes / 1024.0 / 1024.0:N0} MB ({t.Stages})\t{outcome}");
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
