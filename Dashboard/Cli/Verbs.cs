using System.CommandLine;

namespace Dashboard.Cli;

/// <summary>Every verb of the program; features add theirs here.</summary>
internal static class Verbs
{
    public static IEnumerable<Command> All(Func<IServiceProvider> services) =>
    [
        DataVerbs.Migrate(services),
        ImportVerb.Create(services),
    ];
}
