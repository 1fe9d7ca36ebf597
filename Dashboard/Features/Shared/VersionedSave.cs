using System.Linq.Expressions;
using Dashboard.Features.Audit;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Shared;

/// <summary>
/// The one command pattern of the edit pages: load the version the user acted on (or create the record), save, and on a
/// concurrency clash say who saved first instead of overwriting. Requests and incidents differ only in their fields.
/// </summary>
public static class VersionedSave
{
    /// <summary>The record as tracked, with the user's version as the original (so a later save by someone else is a conflict); null when it is gone.</summary>
    public static async Task<TEntity?> LoadAsync<TEntity>(this DashboardDbContext db, int id, int version, CancellationToken ct)
        where TEntity : class, IVersionedRecord
    {
        var found = await db.Set<TEntity>().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (found is not null)
        {
            db.Entry(found).Property(nameof(IVersionedRecord.Version)).OriginalValue = version;
        }
        return found;
    }

    /// <summary>No id: a new record from <paramref name="create"/>, added; otherwise <see cref="LoadAsync"/>.</summary>
    public static async Task<TEntity?> LoadOrCreateAsync<TEntity>(this DashboardDbContext db, int? id, int version, Func<TEntity> create, CancellationToken ct)
        where TEntity : class, IVersionedRecord
    {
        if (id is { } existing)
        {
            return await db.LoadAsync<TEntity>(existing, version, ct);
        }
        var entity = create();
        db.Add(entity);
        return entity;
    }

    /// <summary>
    /// Saves; on a clash nothing of the user's input is written and the message says who saved first and which fields
    /// they changed (from the audit trail), naming the record by <paramref name="label"/>.
    /// </summary>
    public static async Task<CommandResult> SaveOrConflictAsync<TEntity>(this DashboardDbContext db, TEntity entity, DateTime loadedAtUtc,
        Expression<Func<TEntity, string>> label, IStringLocalizer l, CancellationToken ct)
        where TEntity : class, IVersionedRecord
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult.Done(entity.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var id = entity.Id;
            var name = await db.Set<TEntity>().AsNoTracking().Where(e => e.Id == id).Select(label).SingleOrDefaultAsync(ct);
            if (name is null)
            {
                return CommandResult.Failed(l["Val_NotFound"]);
            }
            var message = await ConflictReport.MessageAsync(db, l, typeof(TEntity).Name, name, loadedAtUtc, ct);
            return new CommandResult(id, [message], Conflict: true);
        }
    }

    /// <summary>A status move (or any one-step change) on the version the user saw: load, change, save or conflict.</summary>
    public static async Task<CommandResult> ChangeAsync<TEntity>(this DashboardDbContext db, int id, int version, DateTime loadedAtUtc,
        Action<TEntity> change, Expression<Func<TEntity, string>> label, IStringLocalizer l, CancellationToken ct)
        where TEntity : class, IVersionedRecord
    {
        var entity = await db.LoadAsync<TEntity>(id, version, ct);
        if (entity is null)
        {
            return CommandResult.Failed(l["Val_NotFound"]);
        }
        change(entity);
        return await db.SaveOrConflictAsync(entity, loadedAtUtc, label, l, ct);
    }
}
