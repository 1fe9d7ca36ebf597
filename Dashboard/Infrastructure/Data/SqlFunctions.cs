using System.Reflection;
using Dashboard.Infrastructure.Data.Dialects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace Dashboard.Infrastructure.Data;

/// <summary>
/// Functions callable from LINQ that the database runs, each spelt by the provider's <see cref="SqlDialect"/>: so that
/// case-insensitive codes and Vietnamese order mean the same on SQLite and PostgreSQL. Translated by a translator that
/// the options carry (<see cref="Use"/>), not by the model: a model with translations cannot be compiled.
/// </summary>
public static class SqlFunctions
{
    /// <summary>The text compared without regard to letter case (codes, e-mails): <c>CaseInsensitive(a.Code) == code</c>.</summary>
    public static string CaseInsensitive(string text) => throw OnlyInQueries();

    /// <summary>The text sorted in Vietnamese order (names): <c>OrderBy(p => Vietnamese(p.FullName))</c>.</summary>
    public static string Vietnamese(string text) => throw OnlyInQueries();

    /// <summary>Lets the contexts of these options translate the functions in the dialect's words.</summary>
    internal static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, SqlDialect dialect)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new Extension(dialect));
        return options;
    }

    private static InvalidOperationException OnlyInQueries() =>
        new("Database function: callable only inside a LINQ query that the database runs.");

    private sealed class Translator(SqlDialect dialect) : IMethodCallTranslator, IMethodCallTranslatorPlugin
    {
        public IEnumerable<IMethodCallTranslator> Translators => [this];

        public SqlExpression? Translate(SqlExpression? instance, MethodInfo method, IReadOnlyList<SqlExpression> arguments,
            IDiagnosticsLogger<DbLoggerCategory.Query> logger) =>
            method.DeclaringType != typeof(SqlFunctions) ? null : method.Name switch
            {
                nameof(CaseInsensitive) => new CollateExpression(arguments[0], dialect.CaseInsensitiveCollation),
                nameof(Vietnamese) => new CollateExpression(arguments[0], dialect.VietnameseCollation),
                _ => null,
            };
    }

    private sealed class Extension(SqlDialect dialect) : IDbContextOptionsExtension
    {
        public DbContextOptionsExtensionInfo Info => field ??= new ExtensionInfo(this);

        public void ApplyServices(IServiceCollection services) =>
            services.AddSingleton<IMethodCallTranslatorPlugin>(new Translator(dialect));

        public void Validate(IDbContextOptions options)
        {
        }

        private sealed class ExtensionInfo(Extension extension) : DbContextOptionsExtensionInfo(extension)
        {
            public override bool IsDatabaseProvider => false;

            public override string LogFragment => "";

            public override int GetServiceProviderHashCode() => ((Extension)Extension).Dialect.GetHashCode();

            public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
                other is ExtensionInfo o && ((Extension)o.Extension).Dialect == ((Extension)Extension).Dialect;

            public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
                debugInfo["SqlFunctions"] = ((Extension)Extension).Dialect.GetType().Name;
        }

        public SqlDialect Dialect => dialect;
    }
}
