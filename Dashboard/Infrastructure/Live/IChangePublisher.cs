namespace Dashboard.Infrastructure.Live;

/// <summary>Tells the other app nodes that this process committed a change (PostgreSQL only; SQLite has one process).</summary>
public interface IChangePublisher
{
    /// <summary>Called after the commit; never throws (the change is saved whether or not the others hear of it).</summary>
    void Publish();
}
