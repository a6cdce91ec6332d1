using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Core.Index;

/// <summary>
/// A store with an in-memory path index kept current: reads go to the store, path queries to a <see cref="PathEngine"/>
/// over a <see cref="GraphIndex"/> built from the store's snapshot at open. Every write through <see cref="ApplyAsync"/>
/// goes to the store first and then to the index, so a query issued after a write returns sees it. Writes are serialised;
/// a query runs on the index current when it starts. Owns (and disposes) the store.
/// </summary>
public sealed class IndexedGraph : IGraphStore, IPathQueries
{
    private readonly IGraphStore _store;
    private readonly PathLimits _limits;
    private readonly SemaphoreSlim _writes = new(1, 1);
    private volatile PathEngine _engine;

    private IndexedGraph(IGraphStore store, GraphIndex index, PathLimits limits)
    {
        _store = store;
        _limits = limits;
        _engine = new PathEngine(index, limits);
    }

    public string Name => _store.Name;

    /// <summary>The index queries currently run on.</summary>
    public GraphIndex Index => _engine.Index;

    public static async Task<IndexedGraph> OpenAsync(IGraphStore store, PathLimits? limits = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var snapshot = await store.ReadAllAsync(ct).ConfigureAwait(false);
        return new IndexedGraph(store, GraphIndex.Build(snapshot), limits ?? new PathLimits());
    }

    public Task<ImportResult> ApplyAsync(ImportBatch batch, CancellationToken ct = default) => ApplyAsync(batch, progress: null, ct);

    /// <summary>Writes through to the store (reporting its progress), then brings the index up to date.</summary>
    public async Task<ImportResult> ApplyAsync(ImportBatch batch, IProgress<long>? progress, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await _writes.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var result = progress is null
                ? await _store.ApplyAsync(batch, ct).ConfigureAwait(false)
                : await _store.ApplyAsync(batch, progress, ct).ConfigureAwait(false);
            // The store has committed, so the index must follow even if the caller has given up meanwhile.
            _engine = new PathEngine(_engine.Index.With(batch), _limits);
            return result;
        }
        finally
        {
            _writes.Release();
        }
    }

    public Task<PathPage> FindPathsAsync(PathQuery query, CancellationToken ct = default) => _engine.FindPathsAsync(query, ct);

    public Task<ShortestPathsResult> FindShortestPathsAsync(ShortestPathQuery query, CancellationToken ct = default) =>
        _engine.FindShortestPathsAsync(query, ct);

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken ct = default) =>
        _engine.GetNeighbourhoodAsync(query, ct);

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        _store.GetEntitiesAsync(ids, ct);

    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        _store.GetArticlesAsync(ids, ct);

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        _store.GetRelationsAsync(ids, ct);

    public Task<EntityPage> SearchEntitiesAsync(EntitySearch search, CancellationToken ct = default) =>
        _store.SearchEntitiesAsync(search, ct);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsOfManyAsync(
        IReadOnlyCollection<string> entityIds, Direction direction, IReadOnlyCollection<RelationType>? types, int limitPerEntity,
        CancellationToken ct = default) =>
        _store.GetRelationsOfManyAsync(entityIds, direction, types, limitPerEntity, ct);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsCitingManyAsync(
        IReadOnlyCollection<string> articleIds, CancellationToken ct = default) =>
        _store.GetRelationsCitingManyAsync(articleIds, ct);

    public Task<ArticlePage> ListArticlesAsync(int first, string? afterId, CancellationToken ct = default) =>
        _store.ListArticlesAsync(first, afterId, ct);

    public Task<GraphStats> GetStatsAsync(CancellationToken ct = default) => _store.GetStatsAsync(ct);

    public Task<GraphSnapshot> ReadAllAsync(CancellationToken ct = default) => _store.ReadAllAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync().ConfigureAwait(false);
        _writes.Dispose();
    }
}
