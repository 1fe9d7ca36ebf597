namespace Dashboard.Features.Shared;

/// <summary>
/// A record edited by several people at once: its <see cref="Version"/> is the concurrency token, so that
/// <see cref="VersionedSave"/> can refuse a silent overwrite for any such entity. An interface is not part of the EF model.
/// </summary>
public interface IVersionedRecord
{
    int Id { get; }

    int Version { get; }
}
