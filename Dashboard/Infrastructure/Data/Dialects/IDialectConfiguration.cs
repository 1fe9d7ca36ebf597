using Dashboard.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Data.Dialects;

/// <summary>
/// The part of a feature's model whose SQL differs by database (a computed column), written once from the dialect's
/// primitives; applied after the entity configurations, with the context's dialect.
/// </summary>
public interface IDialectConfiguration
{
    void Configure(ModelBuilder builder, SqlDialect dialect);
}

/// <summary>Every <see cref="IDialectConfiguration"/> of this assembly (<see cref="Discovery"/>).</summary>
internal static class DialectConfigurations
{
    private static readonly IReadOnlyList<IDialectConfiguration> All = Discovery.All<IDialectConfiguration>(_ => 0);

    public static void Apply(ModelBuilder builder, SqlDialect dialect)
    {
        foreach (var configuration in All)
        {
            configuration.Configure(builder, dialect);
        }
    }
}
