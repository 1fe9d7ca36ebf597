using System.Globalization;

namespace LiveBench;

/// <summary>Command-line options: --app DLL --source DB [--pages 50] [--saves 20] [--interval 3] [--agreement CODE] [--work DIR].</summary>
internal sealed record BenchOptions(string App, string Source, int Pages, int Saves, TimeSpan Interval, string? Agreement, string Work)
{
    public static BenchOptions Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            map[args[i].TrimStart('-')] = args[i + 1];
        }
        string Need(string key) => map.TryGetValue(key, out var v) ? v : throw new ArgumentException($"--{key} is required");
        int Int(string key, int fallback) => map.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new BenchOptions(
            Path.GetFullPath(Need("app")),
            Path.GetFullPath(Need("source")),
            Int("pages", 50),
            Int("saves", 20),
            TimeSpan.FromSeconds(double.Parse(map.GetValueOrDefault("interval", "3"), CultureInfo.InvariantCulture)),
            map.GetValueOrDefault("agreement"),
            Path.GetFullPath(map.GetValueOrDefault("work", Path.Combine(Path.GetTempPath(), "live-bench-" + Environment.ProcessId))));
    }
}
