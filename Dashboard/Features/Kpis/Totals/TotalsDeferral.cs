using System.Runtime.CompilerServices;
using Dashboard.Infrastructure.Data;

namespace Dashboard.Features.Kpis.Totals;

/// <summary>
/// A write in many saves (the import) sets <c>db.DeferredTotals</c>: the months its saves touch are gathered there, and the
/// writer refreshes their totals once. Kept beside the context, not on it, so that the context names no feature's state.
/// </summary>
public static class TotalsDeferral
{
    private static readonly ConditionalWeakTable<DashboardDbContext, Dictionary<int, (int First, int Last)>> OfContext = [];

    extension(DashboardDbContext db)
    {
        /// <summary>Null (the default): each save refreshes the totals it touches itself.</summary>
        public Dictionary<int, (int First, int Last)>? DeferredTotals
        {
            get => OfContext.TryGetValue(db, out var deferred) ? deferred : null;
            set
            {
                if (value is null)
                {
                    OfContext.Remove(db);
                }
                else
                {
                    OfContext.AddOrUpdate(db, value);
                }
            }
        }
    }
}
