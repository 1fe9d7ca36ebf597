using System.CommandLine;
using Dashboard.Infrastructure.Modules;

namespace Dashboard.Cli;

/// <summary>Every verb of the program: `migrate`, then the features' own (<see cref="IFeature.Verbs"/>).</summary>
internal static class Verbs
{
    public static IEnumerable<Command> All(Func<IServiceProvider> services) => [DataVerbs.Migrate(services), .. FeatureCatalog.Verbs(services)];
}
