using System.Collections.Concurrent;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Api.Tests.Support;

/// <summary>One call that reached the store: the method, the ids it was given and its other arguments as text.</summary>
internal sealed record StoreCall(string Method, IReadOnlyList<string> Ids, string Arguments);

/// <summary>
/// A decorator that records every read and delegates it to the real store it wraps (here an IndexedGraph over a real
/// SQLite file), so tests can count how many store calls a GraphQL request makes. Answers are the real store's.
/// </summary>
internal sealed class CountingGraphStore<TStore>(TStore inner) : IGraphStore, IPathQueries
    where TStore : IGraphStore, IPathQueries
{
    private readonly ConcurrentQueue<StoreCall> _calls = new();

    public IReadOnlyList<StoreCall> Calls => [.. _calls];

    public string Name => inner.Name;

    public void Reset() => _calls.Clear();

    public Task<ImportResult> ApplyAsync(ImportBatch batch, CancellationToken ct = default) => inner.ApplyAsync(batch, ct);

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Record(nameof(GetEntitiesAsync), ids, string.Empty, inner.GetEntitiesAsync(ids, ct));

    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Record(nameof(GetArticlesAsync), ids, string.Empty, inner.GetArticlesAsync(ids, ct));

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Record(nameof(GetRelationsAsync), ids, string.Empty, inner.GetRelationsAsync(ids, ct));

    public Task<EntityPage> SearchEntitiesAsync(EntitySearch search, CancellationToken ct = default) =>
        Record(nameof(SearchEntitiesAsync), [], search.ToString(), inner.SearchEntitiesAsync(search, ct));

    public bool SearchUsesIndex(string text) => inner.SearchUsesIndex(text);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsOfManyAsync(
        IReadOnlyCollection<string> entityIds, Direction direction, IReadOnlyCollection<RelationType>? types, int limitPerEntity,
        CancellationToken ct = default) =>
        Record(
            nameof(GetRelationsOfManyAsync),
            entityIds,
            $"{direction} {(types is null ? "*" : string.Join(',', types))} {limitPerEntity}",
            inner.GetRelationsOfManyAsync(entityIds, direction, types, limitPerEntity, ct));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsCitingManyAsync(
        IReadOnlyCollection<string> articleIds, CancellationToken ct = default) =>
        Record(nameof(GetRelationsCitingManyAsync), articleIds, string.Empty, inner.GetRelationsCitingManyAsync(articleIds, ct));

    public Task<ArticlePage> ListArticlesAsync(int first, string? afterId, CancellationToken ct = default) =>
        Record(nameof(ListArticlesAsync), [], $"{first} {afterId}", inner.ListArticlesAsync(first, afterId, ct));

    public Task<GraphStats> GetStatsAsync(CancellationToken ct = default) => Record(nameof(GetStatsAsync), [], string.Empty, inner.GetStatsAsync(ct));

    public Task<GraphSnapshot> ReadAllAsync(CancellationToken ct = default) => Record(nameof(ReadAllAsync), [], string.Empty, inner.ReadAllAsync(ct));

    public Task<PathPage> FindPathsAsync(PathQuery query, CancellationToken ct = default) => inner.FindPathsAsync(query, ct);

    public Task<ShortestPathsResult> FindShortestPathsAsync(ShortestPathQuery query, CancellationToken ct = default) =>
        inner.FindShortestPathsAsync(query, ct);

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken ct = default) => inner.GetNeighbourhoodAsync(query, ct);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private Task<T> Record<T>(string method, IReadOnlyCollection<string> ids, string arguments, Task<T> answer)
    {
        _calls.Enqueue(new StoreCall(method, [.. ids], arguments));
        return answer;
    }
}
