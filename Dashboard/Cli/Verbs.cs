using System.CommandLine;
using Dashboard.Features.Digests;
using Dashboard.Features.Import;
using Dashboard.Features.Kpis;

namespace Dashboard.Cli;

/// <summary>Every verb of the program; features add theirs here.</summary>
internal static class Verbs
{
    public static IEnumerable<Command> All(Func<IServiceProvider> services) =>
    [
        DataVerbs.Migrate(services),
        UsersVerb.Create(services),
        SeedVerb.Create(services),
        FigureVerbs.Kpis(services),
        FigureVerbs.Heatmap(services),
        Bench(services),
        ImportVerb.Create(services),
        DigestVerb.Create(services),
    ];

    /// <summary>`bench` measures the figures; `bench import` the import.</summary>
    private static Command Bench(Func<IServiceProvider> services)
    {
        var bench = BenchVerb.Create(services);
        bench.Subcommands.Add(ImportBench.Create(services));
        return bench;
    }
}
