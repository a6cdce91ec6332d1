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
    /// (entities and relations) are paid for from the query's allowance, as the GraphQL fields pay for theirs: held back
    /// before the search (<see cref="HeldAsync"/>), so a search the allowance cuts short still exports its page.
    /// </summary>
    public static Task<ExportGraph> PathsAsync(IGraphStore store, IPathQueries paths, PathQuery query, CancellationToken ct = default) =>
        PathsAsync(store, paths, query, 0, ct);

    public static Task<ExportGraph> PathsAsync(IGraphStore store, IPathQueries paths, PathQuery query, long recordUnits, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return HeldAsync(store, query.Allowance, recordUnits, PageRecords(query.First, query.Options), () => paths.FindPathsAsync(query, ct),
            page => Ids([.. page.Edges.Select(e => e.Path)]), ct);
    }

    public static Task<ExportGraph> ShortestPathsAsync(IGraphStore store, IPathQueries paths, ShortestPathQuery query, CancellationToken ct = default) =>
        ShortestPathsAsync(store, paths, query, 0, ct);

    public static Task<ExportGraph> ShortestPathsAsync(
        IGraphStore store, IPathQueries paths, ShortestPathQuery query, long recordUnits, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return HeldAsync(store, query.Allowance, recordUnits, PageRecords(query.Limit, query.Options), () => paths.FindShortestPathsAsync(query, ct),
            result => Ids(result.Paths), ct);
    }

    public static Task<ExportGraph> NeighbourhoodAsync(IGraphStore store, IPathQueries paths, NeighbourhoodQuery query, CancellationToken ct = default) =>
        NeighbourhoodAsync(store, paths, query, 0, ct);

    public static Task<ExportGraph> NeighbourhoodAsync(
        IGraphStore store, IPathQueries paths, NeighbourhoodQuery query, long recordUnits, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        // Its kept entities and, joining them, at least one relation fewer: the least a full answer reads.
        return HeldAsync(store, query.Allowance, recordUnits, 2L * query.MaxEntities, () => paths.GetNeighbourhoodAsync(query, ct),
            subgraph => (subgraph.EntityIds, subgraph.RelationIds), ct);
    }

    /// <summary>The records a page of <paramref name="first"/> paths may hold: each path's entities and one relation per hop.</summary>
    private static long PageRecords(int first, PathOptions options) => (long)Math.Max(0, first) * ((2L * options.MaxHops) + 1);

    private static (IEnumerable<string> Entities, IEnumerable<string> Relations) Ids(IReadOnlyList<GraphPath> found) =>
        (found.SelectMany(p => p.EntityIds), found.SelectMany(p => p.Hops).SelectMany(h => h.RelationIds));

    /// <summary>
    /// Runs the search with the reading of its answer's records (<paramref name="maxRecords"/>, an estimate) held back
    /// from the allowance first, and refused before the search when they cannot be; then pays for the records the
    /// answer holds from what was held (the rest goes back), or from the allowance for what the estimate missed.
    /// </summary>
    private static async Task<ExportGraph> HeldAsync<T>(
        IGraphStore store, ExpansionAllowance? allowance, long recordUnits, long maxRecords, Func<Task<T>> search,
        Func<T, (IEnumerable<string> Entities, IEnumerable<string> Relations)> ids, CancellationToken ct)
    {
        var held = 0L;
        if (allowance is not null && recordUnits > 0)
        {
            held = allowance.RecordHold(maxRecords * recordUnits);
            if (!allowance.Spend(held))
            {
                throw Limit($"Holding back, before its search, the reading of the up to {Count(maxRecords)} entities and relations the export may hold " +
                    $"needs {Count(held)} work units ({Count(recordUnits)} each, RecordWorkUnits), more than is left of the request's allowance");
            }
        }

        T answer;
        try
        {
            answer = await search().ConfigureAwait(false);
        }
        catch
        {
            allowance?.Refund(held);
            throw;
        }

        var (entityIds, relationIds) = ids(answer);
        string[] entities = [.. entityIds.Distinct(StringComparer.Ordinal)];
        string[] relations = [.. relationIds.Distinct(StringComparer.Ordinal)];
        var units = (long)(entities.Length + relations.Length) * recordUnits;
        if (allowance is not null && units < held)
        {
            allowance.Refund(held - units);
        }
        else if (allowance is not null && units > held && !allowance.Spend(units - held))
        {
            throw Limit($"Reading the export's {Count(entities.Length + relations.Length)} entities and relations needs {Count(units)} work units " +
                $"({Count(recordUnits)} each, RecordWorkUnits), more than was held for them before its search and is left of the request's allowance");
        }

        return await SubgraphAsync(store, entities, relations, ct).ConfigureAwait(false);
    }

    private static PathQueryException Limit(string what) =>
        new(PathQueryException.LimitExceeded,
            $"{what} (RequestExpansionBudget); ask for fewer routes (first) or a smaller neighbourhood (maxEntities, depth).");

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

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
