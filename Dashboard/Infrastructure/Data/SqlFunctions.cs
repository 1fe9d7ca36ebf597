using System.Data;
using Dashboard.Infrastructure.Data.Dialects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Infrastructure.Data;

/// <summary>
/// Functions callable from LINQ that the database runs, each spelt by the provider's <see cref="SqlDialect"/>: so that
/// buckets, case-insensitive codes and Vietnamese order mean the same on SQLite and PostgreSQL.
/// </summary>
public static class SqlFunctions
{
    private static readonly StringTypeMapping Text = new("TEXT", DbType.String);

    /// <summary>The local (UTC+7) month of a stored UTC time as "yyyy-MM".</summary>
    public static string LocalMonthLabel(DateTime utc) => throw OnlyInQueries();

    /// <summary>The text compared without regard to letter case (codes, e-mails): <c>CaseInsensitive(a.Code) == code</c>.</summary>
    public static string CaseInsensitive(string text) => throw OnlyInQueries();

    /// <summary>The text sorted in Vietnamese order (names): <c>OrderBy(p => Vietnamese(p.FullName))</c>.</summary>
    public static string Vietnamese(string text) => throw OnlyInQueries();

    internal static void Map(ModelBuilder builder, SqlDialect dialect)
    {
        builder.HasDbFunction(typeof(SqlFunctions).GetMethod(nameof(LocalMonthLabel))!)
            .HasTranslation(args => dialect.Provider == DatabaseProvider.PostgreSQL
                ? Function("to_char", Function("timezone", Constant(PostgreSqlDialect.LocalZone), args[0]), Constant("YYYY-MM"))
                : Function("strftime", Constant("%Y-%m"), args[0], Constant(SqliteDialect.LocalModifier)));
        builder.HasDbFunction(typeof(SqlFunctions).GetMethod(nameof(CaseInsensitive))!)
            .HasTranslation(args => new CollateExpression(args[0], dialect.CaseInsensitiveCollation));
        builder.HasDbFunction(typeof(SqlFunctions).GetMethod(nameof(Vietnamese))!)
            .HasTranslation(args => new CollateExpression(args[0], dialect.VietnameseCollation));
    }

    private static SqlFunctionExpression Function(string name, params SqlExpression[] args) =>
        new(name, args, nullable: true, argumentsPropagateNullability: args.Select(_ => true), typeof(string), Text);

    private static SqlConstantExpression Constant(string value) => new(value, typeof(string), Text);

    private static InvalidOperationException OnlyInQueries() =>
        new("Database function: callable only inside a LINQ query that the database runs.");
}
