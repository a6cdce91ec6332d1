using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Core.Index;

/// <summary>
/// A store with an in-memory path index kept current: reads go to the store, path queries to a <see cref="PathEngine"/>
/// over a <see cref="GraphIndex"/>. The index follows the store's version (<see cref="IVersionedStore"/>): a write
/// through <see cref="ApplyAsync"/> is in the index before the call returns, and another process's write to the same
/// store is noticed by polling the version and applied from the store's change feed (everything is read again when
/// the feed does not reach back far enough). <see cref="OpenViewAsync"/> gives one request one version of index and
/// records. Writes and refreshes are serialised; a query runs on the index current when it starts. Owns (and
/// disposes) the store.
/// </summary>
public sealed partial class IndexedGraph : IGraphStore, IPathQueries
{
    /// <summary>How often the store's version is polled unless the caller says otherwise.</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromMilliseconds(250);

    private readonly IGraphStore _store;
    private readonly IVersionedStore? _versioned;
    private readonly PathLimits _limits;
    private readonly SemaphoreSlim _writes = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private volatile GraphState _state;
    private Task _poller = Task.CompletedTask;

    private IndexedGraph(IGraphStore store, GraphState state, PathLimits limits)
    {
        _store = store;
        _versioned = store as IVersionedStore;
        _limits = limits;
        _state = state;
    }

    public string Name => _store.Name;

    /// <summary>The index queries currently run on.</summary>
    public GraphIndex Index => _state.Engine.Index;

    /// <summary>The store version the index reflects (0 for a store that keeps no versions).</summary>
    public long Version => _state.Version;

    /// <summary>
    /// The index and its version read together: a catch-up may replace both between two reads of <see cref="Index"/>
    /// and <see cref="Version"/>, and a report must not pair one version's counts with another's number.
    /// </summary>
    public (GraphIndex Index, long Version) Served
    {
        get
        {
            var state = _state;
            return (state.Engine.Index, state.Version);
        }
    }

    /// <summary>
    /// Whether the index was last read in full from the store's saved image (<see cref="IIndexImageStore"/>) rather than
    /// built from its rows or records; writes applied since do not change it.
    /// </summary>
    public bool LoadedFromImage => _state.FromImage;

    public static Task<IndexedGraph> OpenAsync(IGraphStore store, PathLimits? limits = null, CancellationToken ct = default) =>
        OpenAsync(store, limits, DefaultPollInterval, ct);

    /// <summary>
    /// Builds the index from the store. For a versioned store, polls its version every <paramref name="pollInterval"/>
    /// (<see cref="Timeout.InfiniteTimeSpan"/>: never; the index then follows only writes made through it).
    /// </summary>
    public static async Task<IndexedGraph> OpenAsync(IGraphStore store, PathLimits? limits, TimeSpan pollInterval, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        limits ??= new PathLimits();
        var state = store is IVersionedStore versioned
            ? await LoadAsync(versioned, limits, ct).ConfigureAwait(false)
            : new GraphState(new PathEngine(GraphIndex.Build(await store.ReadAllAsync(ct).ConfigureAwait(false)), limits), 0);
        var graph = new IndexedGraph(store, state, limits);
        if (graph._versioned is not null && pollInterval != Timeout.InfiniteTimeSpan)
        {
            graph._poller = graph.PollAsync(pollInterval);
        }

        return graph;
    }

    public Task<ImportResult> ApplyAsync(ImportBatch batch, CancellationToken ct = default) => ApplyAsync(batch, progress: null, ct);

    /// <summary>Writes through to the store (reporting its progress), then brings the index up to the store's version.</summary>
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
            if (_versioned is null)
            {
                _state = new GraphState(new PathEngine(_state.Engine.Index.With(batch), _limits), 0);
            }
            else
            {
                // From the feed rather than the batch: it also carries whatever other processes committed before this
                // write, so the index lands on exactly one store version.
                await CatchUpAsync(_versioned, CancellationToken.None).ConfigureAwait(false);
            }

            return result;
        }
        finally
        {
            _writes.Release();
        }
    }

    public Task<PathPage> FindPathsAsync(PathQuery query, CancellationToken ct = default) => _state.Engine.FindPathsAsync(query, ct);

    public Task<ShortestPathsResult> FindShortestPathsAsync(ShortestPathQuery query, CancellationToken ct = default) =>
        _state.Engine.FindShortestPathsAsync(query, ct);

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken ct = default) =>
        _state.Engine.GetNeighbourhoodAsync(query, ct);

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        _store.GetEntitiesAsync(ids, ct);

    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        _store.GetArticlesAsync(ids, ct);

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        _store.GetRelationsAsync(ids, ct);

    public Task<EntityPage> SearchEntitiesAsync(EntitySearch search, CancellationToken ct = default) =>
        _store.SearchEntitiesAsync(search, ct);

    public bool SearchUsesIndex(string text) => _store.SearchUsesIndex(text);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsOfManyAsync(
        IReadOnlyCollection<string> entityIds, Direction direction, IReadOnlyCollection<RelationType>? types, int limitPerEntity,
        CancellationToken ct = default) =>
        _store.GetRelationsOfManyAsync(entityIds, direction, types, limitPerEntity, ct);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsCitingManyAsync(
        IReadOnlyCollection<string> articleIds, CancellationToken ct = default) =>
        _store.GetRelationsCitingManyAsync(articleIds, ct);

    public Task<ArticlePage> ListArticlesAsync(int first, string? afterId, CancellationToken ct = default) =>
        _store.ListArticlesAsync(first, afterId, ct);

    public async Task<GraphStats> GetStatsAsync(CancellationToken ct = default)
    {
        var view = await OpenViewAsync(ct).ConfigureAwait(false);
        await using (view.ConfigureAwait(false))
        {
            return await view.GetStatsAsync(ct).ConfigureAwait(false);
        }
    }

    public Task<GraphSnapshot> ReadAllAsync(CancellationToken ct = default) => _store.ReadAllAsync(ct);

    public IAsyncEnumerable<GraphRecord> StreamAllAsync(CancellationToken ct = default) => _store.StreamAllAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _poller.ConfigureAwait(false);
        await _store.DisposeAsync().ConfigureAwait(false);
        _writes.Dispose();
        _stop.Dispose();
    }

    /// <summary>One version of the graph: the engine over its index, and the store version the index reflects.</summary>
    /// <param name="FromImage">Whether the last full read opened the store's saved index image instead of reading rows.</param>
    private sealed record GraphState(PathEngine Engine, long Version, bool FromImage = false)
    {
        /// <summary>Records read at <see cref="Version"/>, for the views of this version (a state made by <c>with</c> must set its own).</summary>
        public RecordCache Records { get; init; } = new(Version);
    }
}
