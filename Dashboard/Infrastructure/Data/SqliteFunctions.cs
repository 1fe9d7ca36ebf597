using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Data;

/// <summary>
/// SQLite's date functions, callable from LINQ so that figures and buckets are computed by the database.
/// Stored times are UTC text; local buckets add <see cref="LocalModifier"/> (Vietnam has no DST).
/// </summary>
public static class SqliteFunctions
{
    /// <summary>The fixed offset of Asia/Ho_Chi_Minh as an SQLite date modifier.</summary>
    public const string LocalModifier = "+7 hours";

    /// <summary>strftime(format, t, modifier).</summary>
    public static string Strftime(string format, DateTime time, string modifier) => throw OnlyInQueries();

    internal static void Map(ModelBuilder builder)
    {
        builder.HasDbFunction(typeof(SqliteFunctions).GetMethod(nameof(Strftime))!).HasName("strftime").IsBuiltIn();
    }

    private static InvalidOperationException OnlyInQueries() =>
        new("SQLite function: callable only inside a LINQ query that the database runs.");
}
