using Dashboard.Infrastructure.Data;

namespace Dashboard.Features.Heatmaps.Rollups;

/// <summary>A save that moves incidents between cells recomputes the heat-map roll-ups of the months and weeks it touches.</summary>
internal sealed class HeatmapRollupsSaveParticipant : ISaveParticipant
{
    public int Order => 20;

    public SaveStep? Prepare(DashboardDbContext db)
    {
        var touched = HeatmapTotalWriter.Touched(db.ChangeTracker);
        if (touched.Count == 0)
        {
            return null;
        }
        return async ct =>
        {
            await HeatmapTotalWriter.RefreshAsync(db.Database, touched, ct);
            return false;
        };
    }
}
