using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Shared;

/// <summary>
/// The one query pattern of the record lists: filter → sort → page in SQL, and the same order with a cap for an export (<see cref="ListWorkbook.RowCap"/>).
/// A feature says only how it filters, sorts and projects.
/// </summary>
public abstract class ListQuery<TEntity, TFilter, TRow>(IDbContextFactory<DashboardDbContext> factory)
    where TEntity : class
    where TFilter : ListFilter
{
    public async Task<(List<TRow> Rows, int Total)> SearchAsync(TFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = Filtered(db, filter);
        var total = await q.CountAsync(ct);
        var rows = await Project(Sorted(q, filter)).Skip(page * pageSize).Take(pageSize).ToListAsync(ct);
        return (rows, total);
    }

    /// <summary>Up to <paramref name="cap"/> rows for an export, and how many there are in all.</summary>
    public Task<(List<TRow> Rows, int Total)> ExportAsync(TFilter filter, int cap, CancellationToken ct = default) =>
        SearchAsync(filter, 0, cap, ct);

    protected abstract IQueryable<TEntity> Filtered(DashboardDbContext db, TFilter filter);

    protected abstract IQueryable<TEntity> Sorted(IQueryable<TEntity> q, TFilter filter);

    protected abstract IQueryable<TRow> Project(IQueryable<TEntity> q);
}
