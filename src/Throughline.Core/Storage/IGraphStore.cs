using System.Runtime.CompilerServices;
using Throughline.Core.Model;
using Throughline.Core.Paths;

namespace Throughline.Core.Storage;

/// <summary>
/// Where the graph lives (SQLite file, Neo4j). Reads take batches of ids so resolvers make one call per level, not one per node.
/// Every store answers every method identically; the store contract tests prove it.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Short name for logs and health output ("sqlite", "neo4j").</summary>
    string Name { get; }

    /// <summary>Upserts the whole batch by id in one transaction: all of it is written or none of it.</summary>
    Task<ImportResult> ApplyAsync(ImportBatch batch, CancellationToken ct = default);

    /// <summary>
    /// As <see cref="ApplyAsync(ImportBatch, CancellationToken)"/>, reporting how many records have been written so far
    /// (for progress on large imports). A store that cannot report progress just applies the batch.
    /// </summary>
    Task<ImportResult> ApplyAsync(ImportBatch batch, IProgress<long> progress, CancellationToken ct = default) => ApplyAsync(batch, ct);

    /// <summary>The entities with these ids that exist, in no particular order.</summary>
    Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>Entities whose name or an alias matches <see cref="EntitySearch.Text"/>, ranked exact, prefix, then substring.</summary>
    Task<EntityPage> SearchEntitiesAsync(EntitySearch search, CancellationToken ct = default);

    /// <summary>
    /// Whether a search for <paramref name="text"/> finds its candidates in an index, its work then growing with its
    /// matches (<see cref="EntityPage.TotalCount"/>); false when it reads every name, its work growing with the graph.
    /// </summary>
    bool SearchUsesIndex(string text) => false;

    /// <summary>
    /// Relations touching each entity, in one store call for the whole set: every id asked for is a key (an empty list when
    /// nothing touches it or the entity does not exist); each list is ordered by relation id and holds at most
    /// <paramref name="limitPerEntity"/> relations. OUTGOING means the entity is the relation's source; a null
    /// <paramref name="types"/> means every type. The one-entity form is <see cref="GraphStoreExtensions.GetRelationsOfAsync"/>.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsOfManyAsync(
        IReadOnlyCollection<string> entityIds, Direction direction, IReadOnlyCollection<RelationType>? types, int limitPerEntity,
        CancellationToken ct = default);

    /// <summary>
    /// For each article, the relations with at least one evidence item quoting it, ordered by relation id, in one store call:
    /// every id asked for is a key (an empty list when nothing cites it). The one-article form is
    /// <see cref="GraphStoreExtensions.GetRelationsCitingAsync"/>.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsCitingManyAsync(
        IReadOnlyCollection<string> articleIds, CancellationToken ct = default);

    /// <summary>Articles ordered by id, starting after <paramref name="afterId"/>.</summary>
    Task<ArticlePage> ListArticlesAsync(int first, string? afterId, CancellationToken ct = default);

    Task<GraphStats> GetStatsAsync(CancellationToken ct = default);

    /// <summary>Everything, for building the in-memory index and for exports.</summary>
    Task<GraphSnapshot> ReadAllAsync(CancellationToken ct = default);

    /// <summary>
    /// The whole graph from one consistent read, one record at a time: every article, then every entity, then every
    /// relation, each in id order (so exports of a large graph need not hold it in memory). A store that cannot stream
    /// yields its <see cref="ReadAllAsync"/> snapshot.
    /// </summary>
    async IAsyncEnumerable<GraphRecord> StreamAllAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var snapshot = await ReadAllAsync(ct).ConfigureAwait(false);
        foreach (var record in GraphRecord.Of(snapshot))
        {
            yield return record;
        }
    }
}
