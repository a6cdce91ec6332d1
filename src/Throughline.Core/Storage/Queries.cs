using Throughline.Core.Model;
using Throughline.Core.Paths;

namespace Throughline.Core.Storage;

/// <summary>Entity search: by text (null lists all, by name), optionally restricted to kinds, with offset paging.</summary>
/// <param name="AllowScan">
/// false: a text a store's name index finds too many candidates for is refused (<see cref="SearchTooBroadException"/>)
/// rather than answered by reading every name; a caller that pays for work by what it reads sets it.
/// </param>
public sealed record EntitySearch(string? Text, IReadOnlyCollection<EntityKind>? Kinds = null, int Limit = 20, int Offset = 0, bool AllowScan = true);

/// <param name="Scanned">the search read every name (no index, a short text, or too many candidates).</param>
public sealed record EntityPage(IReadOnlyList<Entity> Items, int TotalCount, bool Scanned = false);

public sealed record ArticlePage(IReadOnlyList<Article> Items, int TotalCount, bool HasNextPage);

public sealed record GraphStats(
    int Entities,
    int Relations,
    int Articles,
    int Evidence,
    IReadOnlyDictionary<EntityKind, int> EntitiesByKind,
    IReadOnlyDictionary<RelationType, int> RelationsByType,
    IReadOnlyDictionary<RelationStatus, int> RelationsByStatus)
{
    /// <summary>Entities per country code (<see cref="Entity.Country"/>); entities without one are left out.</summary>
    public IReadOnlyDictionary<string, int> EntitiesByCountry { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>
    /// The earliest and latest year among articles' publication dates and relations' validFrom/validTo (what an "as of"
    /// choice can range over); null when nothing is dated.
    /// </summary>
    public YearSpan? Years { get; init; }
}

/// <summary>A range of years, both ends included.</summary>
public sealed record YearSpan(int First, int Last);

public static class GraphStoreExtensions
{
    public static async Task<Entity?> GetEntityAsync(this IGraphStore store, string id, CancellationToken ct = default) =>
        (await store.GetEntitiesAsync([id], ct).ConfigureAwait(false)).FirstOrDefault();

    public static async Task<Article?> GetArticleAsync(this IGraphStore store, string id, CancellationToken ct = default) =>
        (await store.GetArticlesAsync([id], ct).ConfigureAwait(false)).FirstOrDefault();

    public static async Task<Relation?> GetRelationAsync(this IGraphStore store, string id, CancellationToken ct = default) =>
        (await store.GetRelationsAsync([id], ct).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>Relations touching one entity, ordered by relation id; OUTGOING means the entity is the relation's source.</summary>
    public static async Task<IReadOnlyList<Relation>> GetRelationsOfAsync(
        this IGraphStore store, string entityId, Direction direction, IReadOnlyCollection<RelationType>? types, int limit,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(entityId);
        var found = await store.GetRelationsOfManyAsync([entityId], direction, types, limit, ct).ConfigureAwait(false);
        return found.TryGetValue(entityId, out var relations) ? relations : [];
    }

    /// <summary>Relations with at least one evidence item quoting one article, ordered by relation id.</summary>
    public static async Task<IReadOnlyList<Relation>> GetRelationsCitingAsync(this IGraphStore store, string articleId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(articleId);
        var found = await store.GetRelationsCitingManyAsync([articleId], ct).ConfigureAwait(false);
        return found.TryGetValue(articleId, out var relations) ? relations : [];
    }
}
