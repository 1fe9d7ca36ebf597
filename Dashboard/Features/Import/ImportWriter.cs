using System.Text.Json;
using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.Audit;
using Dashboard.Features.Commendations;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis.Totals;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using S = Dashboard.Features.Import.ImportSchema;

namespace Dashboard.Features.Import;

/// <summary>The file an import writes: its SHA-256 (hex) and name, recorded on each batch's audit entry.</summary>
internal sealed record ImportSource(string Sha256, string? FileName);

/// <summary>
/// Applies a plan sheet by sheet, assigning only the values that differ, so a second import of the same file modifies
/// nothing and writes no audit entry. Rows go in batches: one SaveChanges (EF batches the INSERTs and UPDATEs) and one
/// audit entry per batch (its rows, the file's hash) instead of one per row; the tracker is emptied after each, so memory
/// and change detection stay bounded. Figure totals are refreshed once, at the end. With save = false (a dry run) it
/// only counts.
/// </summary>
internal sealed partial class ImportWriter(DashboardDbContext db, bool save, ImportSource source, ImportProgress progress, DateTime nowUtc, CancellationToken ct)
{
    /// <summary>Rows of an activity sheet per SaveChanges. Reference sheets (a parent area may come after its child) go in one.</summary>
    public const int BatchSize = 5000;

    private enum Outcome { Inserted, Updated, Unchanged }

    private readonly Dictionary<int, (int First, int Last)> _touchedTotals = [];

    public async Task<List<SheetCounts>> WriteAsync(ImportPlan plan)
    {
        // Changes are detected once per batch (below) instead of on every Add and three times per save.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AuditEachChange = false;
        db.DeferredTotals = _touchedTotals;
        var counts = new List<SheetCounts>();
        await Sheet(counts, S.Agreements, nameof(Agreement), plan.Agreements, x => x.Row.Row, Apply, int.MaxValue);
        await Sheet(counts, S.Areas, nameof(Area), plan.Areas, x => x.Row.Row, Apply, int.MaxValue);
        await Sheet(counts, S.Units, nameof(Unit), plan.Units, x => x.Row.Row, Apply, int.MaxValue);
        await Sheet(counts, S.People, nameof(Person), plan.People, x => x.Row.Row, Apply, int.MaxValue);
        await Sheet(counts, S.Requests, nameof(InformationRequest), plan.Requests, x => x.Row.Row, Apply, BatchSize);
        await Sheet(counts, S.Verifications, nameof(Verification), plan.Verifications, x => x.Row.Row, Apply, BatchSize);
        await Sheet(counts, S.Incidents, nameof(Incident), plan.Incidents, x => x.Row.Row, Apply, BatchSize);
        await Sheet(counts, S.Commendations, nameof(Commendation), plan.Commendations, x => x.Row.Row, Apply, BatchSize);
        if (save)
        {
            await FigureTotalWriter.RefreshAsync(db.Database, _touchedTotals, ct);
        }
        return counts;
    }

    /// <summary>Later sheets need the keys of the rows before them: each batch is saved before the next is applied.</summary>
    private async Task Sheet<T>(List<SheetCounts> counts, string name, string entity, List<T>? items, Func<T, int> rowOf, Func<T, Outcome> apply, int batchSize)
    {
        if (items is null)
        {
            return;
        }
        int inserted = 0, updated = 0, unchanged = 0;
        foreach (var batch in items.Chunk(Math.Min(batchSize, Math.Max(1, items.Count))))
        {
            int batchInserted = 0, batchUpdated = 0;
            foreach (var item in batch)
            {
                switch (apply(item))
                {
                    case Outcome.Inserted: batchInserted++; break;
                    case Outcome.Updated: batchUpdated++; break;
                    default: unchanged++; break;
                }
            }
            inserted += batchInserted;
            updated += batchUpdated;
            if (save && batchInserted + batchUpdated > 0)
            {
                db.ChangeTracker.DetectChanges();
                db.AuditEntries.Add(BatchEntry(name, entity, rowOf(batch[0]), rowOf(batch[^1]), batch.Length, batchInserted, batchUpdated));
                await db.SaveChangesAsync(ct);
                // Saved rows are not needed again (later sheets use their keys): the next batch starts from an empty tracker.
                db.ChangeTracker.Clear();
            }
            progress.Written(batch.Length);
        }
        counts.Add(new SheetCounts(name, inserted, updated, unchanged));
    }

    /// <summary>One entry for a batch of rows instead of one per row; a later edit of one of the rows is audited on its own as always.</summary>
    private AuditEntry BatchEntry(string sheet, string entity, int firstRow, int lastRow, int rows, int inserted, int updated) => new()
    {
        At = nowUtc,
        Actor = db.Actor,
        Action = "Imported",
        Entity = entity,
        EntityKey = $"{sheet} {firstRow}–{lastRow}",
        Changes = JsonSerializer.Serialize(new
        {
            File = source.FileName, source.Sha256, Sheet = sheet, Rows = rows, Inserted = inserted, Updated = updated,
        }),
    };

    /// <summary>A database row is loaded untracked and attached just before its first change, so only changed rows are tracked.</summary>
    private Diff DiffFor(object entity, bool isNew) => new(save && !isNew ? () =>
    {
        if (db.Entry(entity).State == EntityState.Detached)
        {
            db.Attach(entity);
        }
    } : null);

    private Outcome Finish(bool isNew, object entity, Diff diff)
    {
        if (isNew)
        {
            if (save)
            {
                db.Add(entity);
            }
            return Outcome.Inserted;
        }
        return diff.Changed ? Outcome.Updated : Outcome.Unchanged;
    }

    private Outcome Apply(PlannedAgreement x)
    {
        var (r, a) = (x.Row, x.Target);
        var d = DiffFor(a, a.Id == 0);
        d.Set(a.Title, r.Title, v => a.Title = v);
        d.Set(a.SignedOn, r.SignedOn, v => a.SignedOn = v);
        d.Set(a.StartsOn, r.StartsOn, v => a.StartsOn = v);
        d.Set(a.EndsOn, r.EndsOn, v => a.EndsOn = v);
        return Finish(a.Id == 0, a, d);
    }

    private Outcome Apply(PlannedArea x)
    {
        var (r, a) = (x.Row, x.Target);
        var d = DiffFor(a, a.Id == 0);
        d.Set(a.Name, r.Name, v => a.Name = v);
        d.Set(a.Level, r.Level, v => a.Level = v);
        d.Ref(a.ParentId, x.Parent, e => e.Id, v => a.Parent = v, v => a.ParentId = v);
        return Finish(a.Id == 0, a, d);
    }

    private Outcome Apply(PlannedUnit x)
    {
        var (r, u) = (x.Row, x.Target);
        var d = DiffFor(u, u.Id == 0);
        d.Set(u.Name, r.Name, v => u.Name = v);
        d.Set(u.Agency, r.Agency, v => u.Agency = v);
        return Finish(u.Id == 0, u, d);
    }

    private Outcome Apply(PlannedPerson x)
    {
        var (r, p) = (x.Row, x.Target);
        var d = DiffFor(p, p.Id == 0);
        d.Set(p.FullName, r.FullName, v => p.FullName = v);
        d.Set(p.Title, r.Title, v => p.Title = v);
        d.Ref(p.UnitId, x.Unit, e => e.Id, v => p.Unit = v, v => p.UnitId = v!.Value);
        return Finish(p.Id == 0, p, d);
    }

    /// <summary>Records whether any assignment changed a value; runs <paramref name="beforeFirstChange"/> before the first.</summary>
    private sealed class Diff(Action? beforeFirstChange)
    {
        public bool Changed { get; private set; }

        public void Set<T>(T current, T value, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(current, value))
            {
                Change();
                assign(value);
            }
        }

        /// <summary>
        /// A reference. To a row not saved yet (new in this file, further down the sheet, or any new row in a dry run) only
        /// the navigation is set, and EF sets the key on saving; to a saved row only the key, since a navigation to a row
        /// no longer tracked would make EF insert it again.
        /// </summary>
        public void Ref<TE>(int? currentId, TE? target, Func<TE, int> idOf, Action<TE?> setNavigation, Action<int?> setKey) where TE : class
        {
            var targetId = target is null ? (int?)null : idOf(target);
            if (targetId == 0)
            {
                Change();
                setNavigation(target);
            }
            else if (currentId != targetId)
            {
                Change();
                setKey(targetId);
            }
        }

        private void Change()
        {
            if (!Changed)
            {
                beforeFirstChange?.Invoke();
                Changed = true;
            }
        }
    }
}
