using System.Security.Cryptography;
using System.Text;
using Dashboard.Features.Agreements;
using Dashboard.Features.Settings;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Data.Dialects;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis.Totals;

/// <summary>
/// A stamp of the totals' definition (a hash of the SQL that rebuilds them), kept in the settings. When the definition
/// changes, the stamp no longer matches and the migrate step rebuilds every total from the rows, once, so that no total
/// keeps a meaning the figures no longer have. Nobody has to remember to bump it.
/// </summary>
internal static class FigureTotalsVersion
{
    public const string SettingKey = "FigureTotals.Definition";

    public static string Of(SqlDialect dialect) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(FigureTotalWriter.RebuildSql(dialect))))[..16];

    /// <summary>Rebuilds the totals when their stamp is missing or old; true when it did.</summary>
    public static async Task<bool> EnsureCurrentAsync(DashboardDbContext db, CancellationToken ct)
    {
        var dialect = SqlDialect.Of(db.Database);
        var current = Of(dialect);
        if (await StoredAsync(db, ct) == current)
        {
            return false;
        }
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Every agreement's totals lock: a save on another node waits for the rebuild, then refreshes on top of it.
            await dialect.LockTotalsAsync(db.Database, await db.Agreements.Select(a => a.Id).ToListAsync(ct), ct);
            await db.Database.ExecuteSqlRawAsync(FigureTotalWriter.RebuildSql(dialect), ct);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Settings\" (\"Key\", \"Value\", \"Version\") VALUES (@key, @value, 0) ON CONFLICT (\"Key\") DO UPDATE SET \"Value\" = excluded.\"Value\"",
                [dialect.Parameter("@key", SettingKey), dialect.Parameter("@value", current)], ct);
            await transaction.CommitAsync(ct);
        });
        return true;
    }

    public static Task<string?> StoredAsync(DashboardDbContext db, CancellationToken ct) =>
        db.Settings.AsNoTracking().Where(s => s.Key == SettingKey).Select(s => s.Value).FirstOrDefaultAsync(ct);
}
