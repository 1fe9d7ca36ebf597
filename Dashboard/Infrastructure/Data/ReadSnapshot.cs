using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Infrastructure.Data;

/// <summary>
/// A deferred (read) transaction, so that several aggregate queries see one state of the database.
/// EF's own BeginTransaction would take SQLite's write lock (BEGIN IMMEDIATE).
/// </summary>
public static class ReadSnapshot
{
    public static async Task<IDbContextTransaction> BeginAsync(DashboardDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        return await db.Database.UseTransactionAsync(transaction, ct)
            ?? throw new InvalidOperationException("The read transaction was not taken up by the context.");
    }
}
