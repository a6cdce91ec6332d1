using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Export;

/// <summary>
/// What can be exported: the whole graph (streamed from the store), or the subgraph a path query answers with, read
/// by id. A subgraph is what the GraphQL <c>subgraph</c> field gives for the same query: the union of the page's paths
/// (or of the shortest paths), or the neighbourhood; plus the articles its quotes come from.
/// </summary>
public static class ExportScopes
{
    /// <summary>The whole graph; <paramref name="progress"/> hears how many records have been written.</summary>
    public static ExportGraph WholeGraph(IGraphStore store, IProgress<ExportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return ExportGraph.FromStream(store.StreamAllAsync(ct), progress);
    }

    public static async Task<ExportGraph> PathsAsync(IGraphStore store, IPathQueries paths, PathQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var page = await paths.FindPathsAsync(query, ct).ConfigureAwait(false);
        var found = page.Edges.Select(e => e.Path).ToArray();
        return await SubgraphAsync(store, found.SelectMany(p => p.EntityIds), found.SelectMany(p => p.Hops).SelectMany(h => h.RelationIds), ct)
            .ConfigureAwait(false);
    }

    public static async Task<ExportGraph> ShortestPathsAsync(IGraphStore store, IPathQueries paths, ShortestPathQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var result = await paths.FindShortestPathsAsync(query, ct).ConfigureAwait(false);
        return await SubgraphAsync(
            store, result.Paths.SelectMany(p => p.EntityIds), result.Paths.SelectMany(p => p.Hops).SelectMany(h => h.RelationIds), ct)
            .ConfigureAwait(false);
    }

    public static async Task<ExportGraph> NeighbourhoodAsync(IGraphStore store, IPathQueries paths, NeighbourhoodQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var subgraph = await paths.GetNeighbourhoodAsync(query, ct).ConfigureAwait(false);
        return await SubgraphAsync(store, subgraph.EntityIds, subgraph.RelationIds, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The entities and relations with these ids, the articles their quotes cite, and (for counting origins only) the
    /// articles those republish or cite, transitively.
    /// </summary>
    public static async Task<ExportGraph> SubgraphAsync(
        IGraphStore store, IEnumerable<string> entityIds, IEnumerable<string> relationIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var entities = await store.GetEntitiesAsync([.. entityIds.Distinct(StringComparer.Ordinal)], ct).ConfigureAwait(false);
        var relations = await store.GetRelationsAsync([.. relationIds.Distinct(StringComparer.Ordinal)], ct).ConfigureAwait(false);
        var quoted = relations.SelectMany(r => r.Evidence).Select(e => e.ArticleId).ToHashSet(StringComparer.Ordinal);
        var known = new Dictionary<string, Article>(StringComparer.Ordinal);
        var pending = quoted.ToList();
        while (pending.Count > 0)
        {
            var batch = pending.Where(id => !known.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToArray();
            pending.Clear();
            foreach (var article in await store.GetArticlesAsync(batch, ct).ConfigureAwait(false))
            {
                known[article.Id] = article;
                pending.AddRange(article.Cites);
                if (article.Republishes is { } original)
                {
                    pending.Add(original);
                }
            }

            pending.RemoveAll(known.ContainsKey);
            pending.RemoveAll(batch.Contains); // referenced but not stored: counts as its own origin
        }

        return ExportGraph.FromRecords(
            known.Values.Where(a => quoted.Contains(a.Id)), entities, relations, known.Values.Where(a => !quoted.Contains(a.Id)));
    }
}
