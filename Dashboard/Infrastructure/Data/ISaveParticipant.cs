namespace Dashboard.Infrastructure.Data;

/// <summary>
/// What a save through <see cref="DashboardDbContext"/> writes besides the tracked rows (audit entries, roll-ups), in the
/// feature that owns it, so that the context names no feature. Found at start-up (<see cref="SaveParticipants"/>).
/// </summary>
public interface ISaveParticipant
{
    /// <summary>Where it comes among the others, both when the changes are read and when the steps run.</summary>
    int Order { get; }

    /// <summary>
    /// Before the save: reads from the change tracker what the save touches (it may adjust the tracked rows, as the
    /// concurrency versions), and returns the step to run after the rows are saved; null when there is nothing to do.
    /// </summary>
    SaveStep? Prepare(DashboardDbContext db);
}

/// <summary>
/// Runs after the tracked rows are saved, inside the same transaction. Returns whether it added rows to the context
/// (audit entries), which the context then saves too, once for every step.
/// </summary>
public delegate Task<bool> SaveStep(CancellationToken ct);
