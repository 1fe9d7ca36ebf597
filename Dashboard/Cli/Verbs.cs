using System.CommandLine;
using Dashboard.Features.Import;
using Dashboard.Features.Kpis;
using Dashboard.Infrastructure.Modules;

namespace Dashboard.Cli;

/// <summary>Every verb of the program: `migrate`, then the features' own (<see cref="IFeature.Verbs"/>).</summary>
internal static class Verbs
{
    public static IEnumerable<Command> All(Func<IServiceProvider> services) =>
        [DataVerbs.Migrate(services), .. FeatureCatalog.Verbs(services), Bench(services)];

    /// <summary>`bench` measures the figures; `bench import` the import.</summary>
    private static Command Bench(Func<IServiceProvider> services)
    {
        var bench = BenchVerb.Create(services);
        bench.Subcommands.Add(ImportBench.Create(services));
        return bench;
    }
}
