using Dashboard.Features.Audit;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using S = Dashboard.Features.Import.ImportSchema;

namespace Dashboard.Features.Import;

/// <summary>
/// Applies a plan sheet by sheet, assigning only the values that differ, so a second import of the same file
/// modifies nothing and writes no audit entry. With save = false (a dry run) it only counts.
/// </summary>
internal sealed partial class ImportWriter(DashboardDbContext db, bool save, CancellationToken ct)
{
    private enum Outcome { Inserted, Updated, Unchanged }

    public async Task<List<SheetCounts>> WriteAsync(ImportPlan plan)
    {
        // Changes are detected once per sheet (below) instead of on every Add and three times per save.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var counts = new List<SheetCounts>();
        await Sheet(counts, S.Agreements, plan.Agreements, Apply);
        await Sheet(counts, S.Areas, plan.Areas, Apply);
        await Sheet(counts, S.Units, plan.Units, Apply);
        await Sheet(counts, S.People, plan.People, Apply);
        await Sheet(counts, S.Requests, plan.Requests, Apply);
        await Sheet(counts, S.Verifications, plan.Verifications, Apply);
        await Sheet(counts, S.Incidents, plan.Incidents, Apply);
        await Sheet(counts, S.Commendations, plan.Commendations, Apply);
        return counts;
    }

    /// <summary>One SaveChanges per sheet: later sheets need the keys of the rows before them.</summary>
    private async Task Sheet<T>(List<SheetCounts> counts, string name, List<T>? items, Func<T, Outcome> apply)
    {
        if (items is null)
        {
            return;
        }
        int inserted = 0, updated = 0, unchanged = 0;
        foreach (var item in items)
        {
            switch (apply(item))
            {
                case Outcome.Inserted: inserted++; break;
                case Outcome.Updated: updated++; break;
                default: unchanged++; break;
            }
        }
        if (save)
        {
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            // Written audit entries are not needed again; fewer tracked rows keep the next sheets' saves fast.
            foreach (var written in db.ChangeTracker.Entries<AuditEntry>().ToList())
            {
                written.State = EntityState.Detached;
            }
        }
        counts.Add(new SheetCounts(name, inserted, updated, unchanged));
    }

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
        var (r, a, d) = (x.Row, x.Target, new Diff());
        d.Set(a.Title, r.Title, v => a.Title = v);
        d.Set(a.SignedOn, r.SignedOn, v => a.SignedOn = v);
        d.Set(a.StartsOn, r.StartsOn, v => a.StartsOn = v);
        d.Set(a.EndsOn, r.EndsOn, v => a.EndsOn = v);
        return Finish(a.Id == 0, a, d);
    }

    private Outcome Apply(PlannedArea x)
    {
        var (r, a, d) = (x.Row, x.Target, new Diff());
        d.Set(a.Name, r.Name, v => a.Name = v);
        d.Set(a.Level, r.Level, v => a.Level = v);
        d.Ref(a.ParentId, x.Parent, e => e.Id, v => a.Parent = v, v => a.ParentId = v);
        return Finish(a.Id == 0, a, d);
    }

    private Outcome Apply(PlannedUnit x)
    {
        var (r, u, d) = (x.Row, x.Target, new Diff());
        d.Set(u.Name, r.Name, v => u.Name = v);
        d.Set(u.Agency, r.Agency, v => u.Agency = v);
        return Finish(u.Id == 0, u, d);
    }

    private Outcome Apply(PlannedPerson x)
    {
        var (r, p, d) = (x.Row, x.Target, new Diff());
        d.Set(p.FullName, r.FullName, v => p.FullName = v);
        d.Set(p.Title, r.Title, v => p.Title = v);
        d.Ref(p.UnitId, x.Unit, e => e.Id, v => p.Unit = v, v => p.UnitId = v!.Value);
        return Finish(p.Id == 0, p, d);
    }

    /// <summary>Records whether any assignment changed a value.</summary>
    private sealed class Diff
    {
        public bool Changed { get; private set; }

        public void Set<T>(T current, T value, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(current, value))
            {
                assign(value);
                Changed = true;
            }
        }

        /// <summary>A reference: to a row new in this file only the navigation is set (EF sets the key on saving).</summary>
        public void Ref<TE>(int? currentId, TE? target, Func<TE, int> idOf, Action<TE?> setNavigation, Action<int?> setKey) where TE : class
        {
            var targetId = target is null ? (int?)null : idOf(target);
            if (targetId == 0)
            {
                setNavigation(target);
                Changed = true;
            }
            else if (currentId != targetId)
            {
                setNavigation(target);
                setKey(targetId);
                Changed = true;
            }
        }
    }
}
