using Dashboard.Infrastructure.Data.Dialects;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Infrastructure.Data;

/// <summary>A read transaction, so that several aggregate queries see one state of the database (see <see cref="SqlDialect.BeginReadSnapshotAsync"/>).</summary>
public static class ReadSnapshot
{
    public static Task<IDbContextTransaction> BeginAsync(DashboardDbContext db, CancellationToken ct) =>
        SqlDialect.Of(db.Database).BeginReadSnapshotAsync(db, ct);
}
