using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Api.KnowledgeBase;

/// <summary>
/// The indexed graph as the resolvers see it. Reads and path queries go to the current request's view
/// (<see cref="RequestViews"/>, found through an AsyncLocal the pipeline sets around execution, so resolvers stay bound
/// once at schema creation); writes go to the indexed graph, after which the request reads a version that includes
/// them. Outside a request (tests that execute the schema directly) it reads the indexed graph as it is.
/// </summary>
internal sealed class RequestGraph(IndexedGraph graph) : IGraphStore, IPathQueries
{
    private static readonly AsyncLocal<RequestViews?> Current = new();

    public string Name => graph.Name;

    /// <summary>Makes <paramref name="views"/> the views of the calling async flow (and everything it awaits).</summary>
    public static void Use(RequestViews views) => Current.Value = views;

    public async Task<ImportResult> ApplyAsync(ImportBatch batch, CancellationToken ct = default)
    {
        var result = await graph.ApplyAsync(batch, ct).ConfigureAwait(false);
        View()?.AfterWrite();
        return result;
    }

    public async Task<PathPage> FindPathsAsync(PathQuery query, CancellationToken ct = default) =>
        await (await PathsAsync().ConfigureAwait(false)).FindPathsAsync(query, ct).ConfigureAwait(false);

    public async Task<ShortestPathsResult> FindShortestPathsAsync(ShortestPathQuery query, CancellationToken ct = default) =>
        await (await PathsAsync().ConfigureAwait(false)).FindShortestPathsAsync(query, ct).ConfigureAwait(false);

    public async Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken ct = default) =>
        await (await PathsAsync().ConfigureAwait(false)).GetNeighbourhoodAsync(query, ct).ConfigureAwait(false);

    public async Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        await (await StoreAsync().ConfigureAwait(false)).GetEntitiesAsync(ids, ct).ConfigureAwait(false);

    public async Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        await (await StoreAsync().ConfigureAwait(false)).GetArticlesAsync(ids, ct).ConfigureAwait(false);

    public async Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        await (await StoreAsync().ConfigureAwait(false)).GetRelationsAsync(ids, ct).ConfigureAwait(false);

    public async Task<EntityPage> SearchEntitiesAsync(EntitySearch search, CancellationToken ct = default) =>
        await (await StoreAsync().ConfigureAwait(false)).SearchEntitiesAsync(search, ct).ConfigureAwait(false);

    public bool SearchUsesIndex(string text) => graph.SearchUsesIndex(text);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsOfManyAsync(
        IReadOnlyCollection<string> entityIds, Direction direction, IReadOnlyCollection<RelationType>? types, int limitPerEntity,
        CancellationToken ct = default) =>
        await (await StoreAsync().ConfigureAwait(false)).GetRelationsOfManyAsync(entityIds, direction, types, limitPerEntity, ct).ConfigureAwait(false);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsCitingManyAsync(
        IReadOnlyCollection<string> articleIds, CancellationToken ct = default) =>
        await (await StoreAsync().ConfigureAwait(false)).GetRelationsCitingManyAsync(articleIds, ct).ConfigureAwait(false);

    public async Task<ArticlePage> ListArticlesAsync(int first, string? afterId, CancellationToken ct = default) =>
        await (await StoreAsync().ConfigureAwait(false)).ListArticlesAsync(first, afterId, ct).ConfigureAwait(false);

    public async Task<GraphStats> GetStatsAsync(CancellationToken ct = default) => View() is { } views
        ? await (await views.CurrentAsync().ConfigureAwait(false)).GetStatsAsync(ct).ConfigureAwait(false)
        : await graph.GetStatsAsync(ct).ConfigureAwait(false);

    public async Task<GraphSnapshot> ReadAllAsync(CancellationToken ct = default) =>
        await (await StoreAsync().ConfigureAwait(false)).ReadAllAsync(ct).ConfigureAwait(false);

    public ValueTask DisposeAsync() => graph.DisposeAsync();

    private RequestViews? View() => Current.Value is { Graph: not null } views && ReferenceEquals(views.Graph, graph) ? views : null;

    private async ValueTask<IGraphStore> StoreAsync() =>
        View() is { } views ? (await views.CurrentAsync().ConfigureAwait(false)).Store : graph;

    private async ValueTask<IPathQueries> PathsAsync() =>
        View() is { } views ? await views.CurrentAsync().ConfigureAwait(false) : graph;
}
