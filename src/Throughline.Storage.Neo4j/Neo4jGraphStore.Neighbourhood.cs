using Throughline.Core.Paths;
using Throughline.Storage.Neo4j.Cypher;
using Throughline.Storage.Neo4j.Paths;

namespace Throughline.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Breadth-first, one Cypher call per level (neighbours.cypher), keeping the first entities by depth then id up to
    /// <see cref="NeighbourhoodQuery.MaxEntities"/>; then the qualifying relations traversable from an entity nearer than
    /// the depth to a kept one (neighbourhood-relations.cypher). The same rules as the path engine's neighbourhood.
    /// </summary>
    public async Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        PathQueryValidation.Neighbourhood(query, Limits);
        await new SelectorResolver(_client).ResolveIdsAsync([query.EntityId], "entityId", ct).ConfigureAwait(false);
        var depthOf = new Dictionary<string, int>(StringComparer.Ordinal) { [query.EntityId] = 0 };
        var truncated = false;
        List<string> frontier = [query.EntityId];
        for (var depth = 1; depth <= query.Depth && frontier.Count > 0 && !truncated; depth++)
        {
            var parameters = Parameters(query.Options);
            parameters["ids"] = frontier.ToArray();
            var result = await QueryAsync("neighbours", parameters, ct).ConfigureAwait(false);
            var level = result.Rows.Select(row => row[0].GetString()!).Where(id => !depthOf.ContainsKey(id))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var room = query.MaxEntities - depthOf.Count;
            foreach (var id in level.Take(room))
            {
                depthOf[id] = depth;
            }

            truncated = level.Count > room;
            frontier = level;
        }

        var inner = depthOf.Where(e => e.Value < query.Depth).Select(e => e.Key).ToArray();
        var relationIds = new List<string>();
        if (inner.Length > 0)
        {
            var parameters = Parameters(query.Options);
            parameters["inner"] = inner;
            parameters["kept"] = depthOf.Keys.ToArray();
            var result = await QueryAsync("neighbourhood-relations", parameters, ct).ConfigureAwait(false);
            relationIds = [.. result.Rows.Select(row => row[0].GetString()!).Distinct(StringComparer.Ordinal)];
        }

        return new Subgraph(
            [.. depthOf.Keys.Order(StringComparer.Ordinal)], [.. relationIds.Order(StringComparer.Ordinal)], truncated);
    }

    private static Dictionary<string, object?> Parameters(PathOptions options)
    {
        var parameters = FilterParameters.Of(options);
        parameters["direction"] = FilterParameters.Direction(options.Direction);
        return parameters;
    }
}
