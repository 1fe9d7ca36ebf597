using Dashboard.Infrastructure.Data;

namespace Dashboard.Features.Kpis.Totals;

/// <summary>A save recomputes the figure totals of the months it touches, or adds them to the context's <c>DeferredTotals</c> (the import).</summary>
internal sealed class FigureTotalsSaveParticipant : ISaveParticipant
{
    public int Order => 10;

    public SaveStep? Prepare(DashboardDbContext db)
    {
        var touched = FigureTotalWriter.Touched(db.ChangeTracker, db.DeferredTotals);
        if (touched.Count == 0)
        {
            return null;
        }
        return async ct =>
        {
            await FigureTotalWriter.RefreshAsync(db.Database, touched, ct);
            return false;
        };
    }
}
