using System.CommandLine;
using Dashboard.Infrastructure;
using Dashboard.Infrastructure.Data;

namespace Dashboard.Cli;

/// <summary>The verbs of SPEC §5 from the same program. No verb starts the web server.</summary>
public static class CliApp
{
    /// <summary>A first argument that is not a configuration switch (--Key=Value, --Key:Sub …) names a verb.</summary>
    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (!args[0].StartsWith('-') || args[0] is "-h" or "--help" or "-?" or "--version");

    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null) =>
        RunAsync(args, services =>
        {
            var root = new RootCommand("Bảng điều khiển Quy chế phối hợp — các lệnh quản trị / Agreement Dashboard verbs");
            foreach (var command in Verbs.All(services))
            {
                root.Subcommands.Add(command);
            }
            return root;
        }, output, error);

    /// <summary>Runs the command <paramref name="root"/> makes (this program's verbs, or a tool's over the same services, as tools/Bench).</summary>
    public static async Task<int> RunAsync(string[] args, Func<Func<IServiceProvider>, RootCommand> root, TextWriter? output = null, TextWriter? error = null)
    {
        var (configArgs, verbArgs) = Split(args);
        var command = root(() => BuildServices(configArgs));
        // Exceptions come here, so a database that cannot be used gives its message, not a stack trace.
        var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        if (output is not null)
        {
            config.Output = output;
        }
        if (error is not null)
        {
            config.Error = error;
        }
        try
        {
            return await command.Parse(verbArgs).InvokeAsync(config);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await config.Error.WriteLineAsync(DatabaseSetupException.Find(e)?.Message ?? e.ToString());
            return 1;
        }
    }

    /// <summary>Switches with a ':' in their name (e.g. --ConnectionStrings:Dashboard=x.db) are configuration, as for the web server.</summary>
    private static (string[] Config, string[] Verb) Split(string[] args)
    {
        var config = new List<string>();
        var verb = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Split('=')[0].Contains(':', StringComparison.Ordinal))
            {
                config.Add(a);
                if (!a.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    config.Add(args[++i]);
                }
            }
            else
            {
                verb.Add(a);
            }
        }
        return (config.ToArray(), verb.ToArray());
    }

    private static IServiceProvider BuildServices(string[] configArgs)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = configArgs, ContentRootPath = AppContext.BaseDirectory });
        // Standard output carries the verbs' results (JSON); logs go to standard error only.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDashboardCore(builder.Configuration);
        return builder.Build().Services;
    }
}
