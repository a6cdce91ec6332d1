using System.Globalization;
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

    /// <summary>
    /// The routes of a <c>paths</c> query. With <paramref name="recordUnits"/> above 0 the records read for the export
    /// (entities and relations) are paid for from the query's allowance first, as the GraphQL fields pay for theirs.
    /// </summary>
    public static Task<ExportGraph> PathsAsync(IGraphStore store, IPathQueries paths, PathQuery query, CancellationToken ct = default) =>
        PathsAsync(store, paths, query, 0, ct);

    public static async Task<ExportGraph> PathsAsync(IGraphStore store, IPathQueries paths, PathQuery query, long recordUnits, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var page = await paths.FindPathsAsync(query, ct).ConfigureAwait(false);
        var found = page.Edges.Select(e => e.Path).ToArray();
        return await ChargedSubgraphAsync(store, found.SelectMany(p => p.EntityIds), found.SelectMany(p => p.Hops).SelectMany(h => h.RelationIds),
            query.Allowance, recordUnits, ct).ConfigureAwait(false);
    }

    public static Task<ExportGraph> ShortestPathsAsync(IGraphStore store, IPathQueries paths, ShortestPathQuery query, CancellationToken ct = default) =>
        ShortestPathsAsync(store, paths, query, 0, ct);

    public static async Task<ExportGraph> ShortestPathsAsync(
        IGraphStore store, IPathQueries paths, ShortestPathQuery query, long recordUnits, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var result = await paths.FindShortestPathsAsync(query, ct).ConfigureAwait(false);
        return await ChargedSubgraphAsync(store, result.Paths.SelectMany(p => p.EntityIds), result.Paths.SelectMany(p => p.Hops).SelectMany(h => h.RelationIds),
            query.Allowance, recordUnits, ct).ConfigureAwait(false);
    }

    public static Task<ExportGraph> NeighbourhoodAsync(IGraphStore store, IPathQueries paths, NeighbourhoodQuery query, CancellationToken ct = default) =>
        NeighbourhoodAsync(store, paths, query, 0, ct);

    public static async Task<ExportGraph> NeighbourhoodAsync(
        IGraphStore store, IPathQueries paths, NeighbourhoodQuery query, long recordUnits, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var subgraph = await paths.GetNeighbourhoodAsync(query, ct).ConfigureAwait(false);
        return await ChargedSubgraphAsync(store, subgraph.EntityIds, subgraph.RelationIds, query.Allowance, recordUnits, ct).ConfigureAwait(false);
    }

    private static Task<ExportGraph> ChargedSubgraphAsync(
        IGraphStore store, IEnumerable<string> entityIds, IEnumerable<string> relationIds, ExpansionAllowance? allowance, long recordUnits,
        CancellationToken ct)
    {
        string[] entities = [.. entityIds.Distinct(StringComparer.Ordinal)];
        string[] relations = [.. relationIds.Distinct(StringComparer.Ordinal)];
        var units = (long)(entities.Length + relations.Length) * recordUnits;
        if (allowance is not null && units > 0 && !allowance.Spend(units))
        {
            var records = (entities.Length + relations.Length).ToString("N0", CultureInfo.InvariantCulture);
            throw new PathQueryException(PathQueryException.LimitExceeded,
                $"Reading the export's {records} entities and relations needs {units.ToString("N0", CultureInfo.InvariantCulture)} work units " +
                $"({recordUnits.ToString(CultureInfo.InvariantCulture)} each, RecordWorkUnits), more than is left of the request's allowance " +
                "(RequestExpansionBudget) after its search; ask for fewer routes (first) or a smaller neighbourhood (maxEntities, depth).");
        }

        return SubgraphAsync(store, entities, relations, ct);
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
