using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Core.Index;

/// <summary>
/// One version of the graph for one request: path queries on the index at <see cref="Version"/>, and record reads
/// (<see cref="Store"/>) pinned to the same version, so the relations a hop lists are the ones the index chose it by.
/// Immutable; dispose it when the request ends (that releases the store's read snapshot). Over a store that cannot
/// pin reads (<see cref="ISnapshotStore"/>), <see cref="Store"/> reads the live store and <see cref="Consistent"/> is false.
/// Records read by id at this version are shared with the other views of the version (<see cref="RecordCache"/>).
/// </summary>
public sealed class GraphView : IPathQueries, IAsyncDisposable
{
    private readonly PathEngine _engine;
    private readonly IVersionedStore? _snapshot;

    internal GraphView(PathEngine engine, long version, IGraphStore store, IVersionedStore? snapshot, RecordCache? records = null)
    {
        _engine = engine;
        Version = version;
        // Records by id come from the version's cache when it holds them; only a snapshot's reads are exactly this
        // version's, so only they fill it.
        Store = snapshot is null ? store : records is null || records.Version != version ? snapshot : new CachedRecordStore(snapshot, records);
        _snapshot = snapshot;
    }

    public long Version { get; }

    public GraphIndex Index => _engine.Index;

    /// <summary>Record reads as of <see cref="Version"/> (read-only: writing through it fails).</summary>
    public IGraphStore Store { get; }

    /// <summary>Whether record reads are pinned to the index's version.</summary>
    public bool Consistent => _snapshot is not null;

    public Task<PathPage> FindPathsAsync(PathQuery query, CancellationToken ct = default) => _engine.FindPathsAsync(query, ct);

    public Task<ShortestPathsResult> FindShortestPathsAsync(ShortestPathQuery query, CancellationToken ct = default) =>
        _engine.FindShortestPathsAsync(query, ct);

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken ct = default) =>
        _engine.GetNeighbourhoodAsync(query, ct);

    /// <summary>
    /// The statistics as of <see cref="Version"/>: entity and relation counts from the index (one pass per version), the
    /// rest from the pinned store when it offers them apart (<see cref="IRecordStats"/>), else all from the store.
    /// </summary>
    public async Task<GraphStats> GetStatsAsync(CancellationToken ct = default) =>
        // The snapshot itself, not Store: Store may be the record cache's wrapper, which offers no record stats.
        _snapshot is IRecordStats records
            ? Index.Stats(await records.GetRecordStatsAsync(ct).ConfigureAwait(false))
            : await Store.GetStatsAsync(ct).ConfigureAwait(false);

    public ValueTask DisposeAsync() => _snapshot?.DisposeAsync() ?? ValueTask.CompletedTask;
}
