using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Infrastructure.Data;

/// <summary>
/// The verbs' start-up: a database that already has every migration of this build is left alone. Asking the history table
/// is one cheap query; EF's MigrateAsync also takes the migration lock and compares the model with its snapshot (about a
/// second on every run). Works the same on any provider.
/// </summary>
public static class MigrationCheck
{
    public static async Task MigrateIfNeededAsync(IServiceProvider services, CancellationToken ct = default)
    {
        // A PostgreSQL database that does not exist yet is not up to date: MigrateAsync creates it.
        if (!await UnreachableServerInterceptor.UnlessMissingAsync(() => IsUpToDateAsync(services, ct)))
        {
            await DataRegistration.MigrateAsync(services, ct);
        }
    }

    /// <summary>For the verbs that only read: a database without every migration of this build is refused with a message, not a stack trace.</summary>
    public static async Task EnsureUpToDateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        if (!await IsUpToDateAsync(services, ct))
        {
            throw new DatabaseSetupException("Cơ sở dữ liệu chưa được tạo hoặc chưa được cập nhật: hãy chạy lệnh `migrate` trước. "
                + "/ The database is missing or not up to date: run `migrate` first.");
        }
    }

    public static async Task<bool> IsUpToDateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(ct))
        {
            return false;
        }
        var applied = (await history.GetAppliedMigrationsAsync(ct)).Select(m => m.MigrationId).ToHashSet(StringComparer.Ordinal);
        return db.GetService<IMigrationsAssembly>().Migrations.Keys.All(applied.Contains);
    }
}
