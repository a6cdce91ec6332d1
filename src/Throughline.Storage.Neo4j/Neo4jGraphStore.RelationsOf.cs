using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j.Http;
using Throughline.Storage.Neo4j.Mapping;

namespace Throughline.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>One statement (cypher/relations-of-many.cypher) for all entities; the per-entity limit is applied in Cypher.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsOfManyAsync(
        IReadOnlyCollection<string> entityIds, Direction direction, IReadOnlyCollection<RelationType>? types, int limitPerEntity,
        CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limitPerEntity);
        var groups = new RelationGroups(entityIds);
        if (groups.Ids.Count == 0 || limitPerEntity == 0)
        {
            return groups.ToOrderedDictionary();
        }

        var result = await QueryAsync(
            "relations-of-many",
            new()
            {
                ["ids"] = groups.Ids.ToArray(),
                ["direction"] = DirectionName(direction),
                ["types"] = types is null ? AllTypes : types.Select(t => t.WireName()).ToArray(),
                ["limit"] = limitPerEntity,
            },
            ct).ConfigureAwait(false);
        return Grouped(result, "entity", groups);
    }

    /// <summary>One statement (cypher/relations-citing-many.cypher) for all articles.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsCitingManyAsync(
        IReadOnlyCollection<string> articleIds, CancellationToken ct = default)
    {
        var groups = new RelationGroups(articleIds);
        if (groups.Ids.Count == 0)
        {
            return groups.ToOrderedDictionary();
        }

        var result = await QueryAsync("relations-citing-many", new() { ["ids"] = groups.Ids.ToArray() }, ct).ConfigureAwait(false);
        return Grouped(result, "article", groups);
    }

    // Each group is sorted again by ordinal id (RelationGroups), as the single reads did, so the order never rests on Neo4j's.
    private static IReadOnlyDictionary<string, IReadOnlyList<Relation>> Grouped(CypherResult result, string keyColumn, RelationGroups groups)
    {
        foreach (var row in result.Rows)
        {
            groups.Add(result.Value(row, keyColumn).GetString()!, GraphReader.Relation(result.Value(row, "relation")));
        }

        return groups.ToOrderedDictionary();
    }
}
