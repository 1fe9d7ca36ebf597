using Dashboard.Cli;

namespace Dashboard.Bench;

/// <summary>
/// `bench [--agreement CODE] [--runs N]` and `bench import …` as a program of their own, so that the shipped app carries no
/// benchmark; the same configuration switches (--ConnectionStrings:Dashboard=…) and services as the app's verbs.
/// </summary>
public static class BenchProgram
{
    public static Task<int> Main(string[] args) => RunAsync(args);

    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null) =>
        CliApp.RunAsync(args, BenchVerb.Create, output, error);
}
