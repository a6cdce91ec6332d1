using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.GraphQL.Execution;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Schema;

/// <summary>
/// Per-request DataLoaders over the store's batched reads: all entities (articles, relations) asked for at one level of
/// the response are fetched with one store call, and each id at most once per request.
/// </summary>
internal static class Loaders
{
    public static DataLoader<string, Entity> Entities(ResolveFieldContext context, IGraphStore store) =>
        context.GetDataLoader<string, Entity>(
            "throughline.entities",
            async (ids, ct) => (await store.GetEntitiesAsync(ids, ct).ConfigureAwait(false)).ToDictionary(e => e.Id, StringComparer.Ordinal));

    public static DataLoader<string, Article> Articles(ResolveFieldContext context, IGraphStore store) =>
        context.GetDataLoader<string, Article>(
            "throughline.articles",
            async (ids, ct) => (await store.GetArticlesAsync(ids, ct).ConfigureAwait(false)).ToDictionary(a => a.Id, StringComparer.Ordinal));

    public static DataLoader<string, Relation> Relations(ResolveFieldContext context, IGraphStore store) =>
        context.GetDataLoader<string, Relation>(
            "throughline.relations",
            async (ids, ct) => (await store.GetRelationsAsync(ids, ct).ConfigureAwait(false)).ToDictionary(r => r.Id, StringComparer.Ordinal));

    /// <summary>
    /// Relations of entities for one argument set: each distinct (direction, types, limit) is its own loader, so all the
    /// entities asked for with it at one level of the response are one <see cref="IGraphStore.GetRelationsOfManyAsync"/> call.
    /// </summary>
    public static DataLoader<string, IReadOnlyList<Relation>> RelationsOf(
        ResolveFieldContext context, IGraphStore store, Direction direction, IReadOnlyCollection<RelationType>? types, int limit)
    {
        // The types are a set: their order and repeats do not change the answer, so they must not split the batch.
        var typeKey = types is null ? "*" : string.Join(',', types.Distinct().Order());
        return context.GetDataLoader<string, IReadOnlyList<Relation>>(
            $"throughline.relationsOf:{direction}:{typeKey}:{limit}",
            (ids, ct) => store.GetRelationsOfManyAsync(ids, direction, types, limit, ct));
    }

    /// <summary>Relations quoting articles: one <see cref="IGraphStore.GetRelationsCitingManyAsync"/> call per level.</summary>
    public static DataLoader<string, IReadOnlyList<Relation>> RelationsCiting(ResolveFieldContext context, IGraphStore store) =>
        context.GetDataLoader<string, IReadOnlyList<Relation>>(
            "throughline.relationsCiting",
            (ids, ct) => store.GetRelationsCitingManyAsync(ids, ct));

    /// <summary>Loads records by id in the order given; ids that do not exist are left out.</summary>
    public static async Task<IReadOnlyList<T>> LoadAllAsync<T>(DataLoader<string, T> loader, IEnumerable<string> ids)
        where T : class
    {
        var loaded = await loader.LoadManyAsync(ids).ConfigureAwait(false);
        return [.. loaded.OfType<T>()];
    }

    /// <summary>
    /// The articles reachable from <paramref name="ids"/> through republishes and cites links, which
    /// <see cref="Provenance"/> needs to find origins; loaded breadth-first, one batch per level.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, Article>> ArticleClosureAsync(DataLoader<string, Article> loader, IEnumerable<string> ids)
    {
        var found = new Dictionary<string, Article>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var frontier = ids.Where(seen.Add).ToList();
        while (frontier.Count > 0)
        {
            var articles = await LoadAllAsync(loader, frontier).ConfigureAwait(false);
            frontier = [];
            foreach (var article in articles)
            {
                found[article.Id] = article;
                var links = article.Republishes is { } original ? article.Cites.Append(original) : article.Cites;
                frontier.AddRange(links.Where(seen.Add));
            }
        }

        return found;
    }
}
