namespace Throughline.Core.Storage;

/// <summary>
/// A store whose every committed write that changes something, by any process, moves a version number forward, and
/// which can say what changed since a version. <see cref="Index.IndexedGraph"/> polls the version to notice other
/// processes' writes (the CLI, a second API) and applies the changes to its index instead of rebuilding it.
/// </summary>
public interface IVersionedStore : IGraphStore
{
    /// <summary>The current committed version: 0 for a store never written, then monotonic.</summary>
    Task<long> GetVersionAsync(CancellationToken ct = default);

    /// <summary>
    /// The current version once every write up to it is visible to reads that start afterwards: what a full read pins
    /// its change feed to. A store whose commits become visible at once (SQLite) answers <see cref="GetVersionAsync"/>;
    /// Neo4j shows a commit record by record, so it first waits for a write being applied.
    /// </summary>
    Task<long> GetSettledVersionAsync(CancellationToken ct = default) => GetVersionAsync(ct);

    /// <summary>
    /// What changed after <paramref name="sinceVersion"/>, up to <see cref="StoreChanges.Version"/>: every article, entity
    /// and relation upserted meanwhile, as stored at that version (so applying them in any order gives the store's state
    /// at that version, nothing of a later write). Null when the log no longer covers <paramref name="sinceVersion"/> (it was trimmed, a large import did
    /// not log its rows, or the version is not one this store has had): the caller then reads everything again.
    /// </summary>
    Task<StoreChanges?> GetChangesSinceAsync(long sinceVersion, CancellationToken ct = default);
}

/// <summary>The records changed after some version, as stored at <see cref="Version"/>.</summary>
public sealed record StoreChanges(long Version, ImportBatch Changed)
{
    public bool IsEmpty => Changed.Articles.Count == 0 && Changed.Entities.Count == 0 && Changed.Relations.Count == 0;
}
