using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace LiveBench;

/// <summary>The published app in its own process, as deployed (Production), on a copy of the data set and a free port.</summary>
internal sealed partial class ServerProcess(BenchOptions options, string database) : IAsyncDisposable
{
    private Process? _process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    /// <summary>Waits for a line of the app's log that contains the text (a timer the app logs, for instance).</summary>
    public async Task<string> WaitForLogAsync(string text, TimeSpan timeout)
    {
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < timeout; await Task.Delay(200))
        {
            if (_output.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } line)
            {
                return line.Trim();
            }
        }
        throw new TimeoutException($"The app did not log “{text}” within {timeout.TotalSeconds:F0} s");
    }

    public Uri Address { get; private set; } = null!;
    public int Pid => _process!.Id;

    /// <summary>The one core the web server runs on (taskset), the browsers on the others: their load stays out of its figures.</summary>
    public const int ServerCore = 0;

    public static string BrowserCores => Environment.ProcessorCount > 1 ? $"1-{Environment.ProcessorCount - 1}" : "0";

    private ProcessStartInfo Dotnet(params string[] args) => Dotnet(pinned: false, args);

    private ProcessStartInfo Dotnet(bool pinned, params string[] args)
    {
        // In its own folder: the static web assets (MudBlazor's CSS and scripts) are found from the content root.
        var info = new ProcessStartInfo(pinned ? "taskset" : "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(options.App), RedirectStandardOutput = true, RedirectStandardError = true,
        };
        if (pinned)
        {
            // taskset execs dotnet: the process id stays the app's.
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(ServerCore.ToString(CultureInfo.InvariantCulture));
            info.ArgumentList.Add("dotnet");
        }
        info.ArgumentList.Add(options.App);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["ConnectionStrings__Dashboard"] = $"Data Source={database}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return info;
    }

    /// <summary>`users add` (the product's own verb); returns the one-time password it prints.</summary>
    public async Task<string> AddUserAsync(string email, string role)
    {
        using var verb = Process.Start(Dotnet("users", "add", "--email", email, "--role", role))!;
        var output = await verb.StandardOutput.ReadToEndAsync();
        var errors = await verb.StandardError.ReadToEndAsync();
        await verb.WaitForExitAsync();
        var match = OneTimePassword().Match(output);
        return verb.ExitCode == 0 && match.Success ? match.Groups[1].Value.Trim()
            : throw new InvalidOperationException($"users add failed: {output} {errors}");
    }

    public async Task StartAsync()
    {
        var port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}");
        _process = Process.Start(Dotnet(pinned: true, "--urls", Address.ToString()))!;
        // The app's errors are shown as they come (console logger: "fail:" / "crit:"), with the lines that follow them.
        var showing = false;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line)
            {
                return;
            }
            _output.Enqueue(line);
            showing = line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal)
                || (showing && line.StartsWith(' '));
            if (showing)
            {
                Console.Error.WriteLine("[app] " + line);
            }
        };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { Console.Error.WriteLine("[app] " + line); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(5); await Task.Delay(500))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("The app exited at start");
            }
            try
            {
                if ((await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
        }
        throw new TimeoutException("The app did not answer /health");
    }

    /// <summary>Resident set (VmRSS) in bytes.</summary>
    public long WorkingSet()
    {
        var line = File.ReadLines($"/proc/{Pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>CPU time the server used so far (user + system).</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields 14 and 15 of proc(5), counted from the state (field 3) here; clock ticks of 1/100 s.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    /// <summary>CPU time of the whole machine (all cores, busy only), to set the server's share beside the browsers'.</summary>
    public static TimeSpan MachineBusy()
    {
        var f = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal …: busy = all − idle − iowait.
        return TimeSpan.FromMilliseconds((f.Take(8).Sum() - f[3] - f[4]) * 10);
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
    }

    [GeneratedRegex("One-time password: (\\S+)")]
    private static partial Regex OneTimePassword();
}
