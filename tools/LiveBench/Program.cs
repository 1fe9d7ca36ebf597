using System.Diagnostics;
using System.Globalization;
using LiveBench;

// The live-load benchmark of SPEC §8 (README "Live-load benchmark"): N signed-in overview pages of one agreement, M saves
// through the app's own forms at a steady rate, and per page and save the time from the commit to the changed figure.
var options = BenchOptions.Parse(args);
Directory.CreateDirectory(options.Work);
var database = Path.Combine(options.Work, "national.db");
Console.WriteLine($"Copying {options.Source} to {options.Work} …");
foreach (var suffix in new[] { "", "-wal", "-shm" })
{
    // A journal left in the work folder by an earlier run would be replayed onto the fresh copy (a malformed file).
    File.Delete(database + suffix);
    if (File.Exists(options.Source + suffix))
    {
        File.Copy(options.Source + suffix, database + suffix);
    }
}

await using var server = new ServerProcess(options, database);
var viewerPassword = await server.AddUserAsync($"bench-leader-{Environment.ProcessId}@bench.local", "Leader");
var writerPassword = await server.AddUserAsync($"bench-admin-{Environment.ProcessId}@bench.local", "Admin");
await server.StartAsync();
Console.WriteLine($"App (pid {server.Pid}) on {server.Address}; load {Load()}");

await using var browsers = await LivePages.LaunchAsync(server.Address);
var viewers = await browsers.SignInAsync($"bench-leader-{Environment.ProcessId}@bench.local", viewerPassword);
var writer = await browsers.SignInAsync($"bench-admin-{Environment.ProcessId}@bench.local", writerPassword);
var saves = new Saves(database, writer);
var (agreementId, agreement) = saves.Agreement(options.Agreement);
var plan = saves.Plan(agreementId, options.Saves);
Console.WriteLine($"Agreement {agreement}: {plan.Count} saves planned ({plan.Count(p => p.Kind == SaveKind.RequestAnswered)} requests answered)");

// Warm the server (JIT, caches, the first figures) with one page, closed again before the baseline.
var warm = await LivePages.OpenOverviewAsync(viewers, agreement);
await warm.CloseAsync();
await Task.Delay(TimeSpan.FromSeconds(5));
var heap0 = await HeapProbe.CollectAndMeasureAsync(server.Pid);
var rss0 = server.WorkingSet();

await LivePages.RecordInAsync(viewers);
var opening = Stopwatch.StartNew();
for (var i = 0; i < options.Pages; i++)
{
    browsers.Watched.Add(await LivePages.OpenOverviewAsync(viewers, agreement));
}
Console.WriteLine($"{options.Pages} pages open in {opening.Elapsed.TotalSeconds:F0} s; load {Load()}");
await Task.Delay(TimeSpan.FromSeconds(10));
var heapN = await HeapProbe.CollectAndMeasureAsync(server.Pid);
var rssN = server.WorkingSet();

var first = (await LivePages.SamplesAsync(browsers.Watched[0])).Last();
var (answered0, resolved0) = (Figure(first.Answered), Figure(first.Resolved));
var (cpu0, machine0, clock) = (server.CpuTime(), ServerProcess.MachineBusy(), Stopwatch.StartNew());
var start = DateTime.UtcNow.AddSeconds(2);
var done = new List<Save>();
foreach (var (kind, id) in plan)
{
    done.Add(await saves.MakeAsync(done.Count, kind, id, start + done.Count * options.Interval));
}
// Until every page shows the last save (at most a minute): a late page counts late, not missed.
var (requestsDone, incidentsDone) = (done.Count(d => d.Kind == SaveKind.RequestAnswered), done.Count(d => d.Kind == SaveKind.IncidentResolved));
for (var settle = Stopwatch.StartNew(); settle.Elapsed < TimeSpan.FromMinutes(1); await Task.Delay(500))
{
    var last = await Task.WhenAll(browsers.Watched.Select(async p => (await LivePages.SamplesAsync(p)).LastOrDefault()));
    if (last.All(s => s is not null && Figure(s.Answered) >= answered0 + requestsDone && Figure(s.Resolved) >= resolved0 + incidentsDone))
    {
        break;
    }
}
var (cpu, machine, elapsed) = (server.CpuTime() - cpu0, ServerProcess.MachineBusy() - machine0, clock.Elapsed);

// Per page and save: the first sample that shows the save's figure (answered + 1 per request so far, resolved likewise).
var fromServer = new List<double>();
var inBrowser = new List<double>();
var missed = 0;
foreach (var page in browsers.Watched)
{
    var samples = await LivePages.SamplesAsync(page);
    var (requests, incidents) = (0, 0);
    foreach (var save in done)
    {
        if (save.Kind == SaveKind.RequestAnswered)
        {
            requests++;
        }
        else
        {
            incidents++;
        }
        var shown = samples.FirstOrDefault(s => save.Kind == SaveKind.RequestAnswered
            ? Figure(s.Answered) >= answered0 + requests
            : Figure(s.Resolved) >= resolved0 + incidents);
        if (shown is null)
        {
            missed++;
            continue;
        }
        var commit = save.CommittedAt.ToUnixTimeMilliseconds();
        fromServer.Add(shown.Stamp - commit);
        inBrowser.Add(shown.At - commit);
    }
}

const double MB = 1024 * 1024;
var pages = options.Pages;
Console.WriteLine();
Console.WriteLine($"live-load benchmark: {pages} pages, {done.Count} saves every {options.Interval.TotalSeconds:F1} s, agreement {agreement}; load {Load()}");
Console.WriteLine($"  commit → figure rendered by the server (server stamp − commit): p50 {P(fromServer, 50):F0} ms  p95 {P(fromServer, 95):F0} ms  max {fromServer.DefaultIfEmpty().Max():F0} ms  ({fromServer.Count} updates, {missed} missed)");
Console.WriteLine($"  commit → figure in the page's DOM (browser clock, includes the browsers' own load): p50 {P(inBrowser, 50):F0} ms  p95 {P(inBrowser, 95):F0} ms  max {inBrowser.DefaultIfEmpty().Max():F0} ms");
Console.WriteLine($"  managed heap after a full GC: {heap0 / MB:F1} MB with 0 pages, {heapN / MB:F1} MB with {pages}: {(heapN - heap0) / MB / pages * 1024:F0} KB per page");
Console.WriteLine($"  working set: {rss0 / MB:F0} MB with 0 pages, {rssN / MB:F0} MB with {pages}: {(rssN - rss0) / MB / pages * 1024:F0} KB per page");
Console.WriteLine($"  CPU during the saves ({elapsed.TotalSeconds:F0} s): server {cpu.TotalSeconds / elapsed.TotalSeconds * 100:F0} % of one core, whole machine {machine.TotalSeconds / elapsed.TotalSeconds * 100:F0} % of {Environment.ProcessorCount * 100} % (the rest is mostly the browsers)");

// The weekly digest of the same agreement, built by the running app's job (SPEC §8: ≤ 2 s by its own timer).
foreach (var line in await DigestInApp.SendNowAsync(writer, server, agreement))
{
    Console.WriteLine("  " + line);
}
return missed == 0 ? 0 : 1;

static int Figure(string text) => int.Parse(new string([.. text.Where(char.IsAsciiDigit)]), CultureInfo.InvariantCulture);

static double P(List<double> values, int p)
{
    if (values.Count == 0)
    {
        return double.NaN;
    }
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0..3] is var l ? string.Join(' ', l) : "";
