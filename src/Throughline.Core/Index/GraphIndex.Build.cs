using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Core.Index;

public sealed partial class GraphIndex
{
    private GraphIndex(
        string[] entityIds, EntityKind[] kinds, string[] names, string[]?[] aliases, int[] parents,
        string[] relationIds, int[] from, int[] to, RelationFacts[] facts)
    {
        _entityIds = entityIds;
        _kinds = kinds;
        _names = names;
        _aliases = aliases;
        _parents = parents;
        _relationIds = relationIds;
        _from = from;
        _to = to;
        _facts = facts;
        Outgoing = Adjacency.Build(entityIds.Length, from, to);
        Incoming = Adjacency.Build(entityIds.Length, to, from);
        var nested = Enumerable.Range(0, parents.Length).Where(e => parents[e] >= 0).ToArray();
        Children = Adjacency.Build(entityIds.Length, [.. nested.Select(e => parents[e])], nested);
        Names = NameTable.Build(names, aliases);
    }

    public static GraphIndex Build(GraphSnapshot snapshot) => Build(snapshot.Entities, snapshot.Relations);

    /// <summary>
    /// Indexes entities and relations. A later entity with an id already seen replaces the earlier one (upsert order).
    /// A relation naming an entity that is not in <paramref name="entities"/> is an error naming both.
    /// </summary>
    public static GraphIndex Build(IReadOnlyList<Entity> entities, IReadOnlyList<Relation> relations)
    {
        var byId = new Dictionary<string, Entity>(entities.Count, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            byId[entity.Id] = entity;
        }

        var ids = byId.Keys.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        var dense = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var e = 0; e < ids.Length; e++)
        {
            dense[ids[e]] = e;
        }

        var kinds = new EntityKind[ids.Length];
        var names = new string[ids.Length];
        var aliases = new string[]?[ids.Length];
        var parents = new int[ids.Length];
        for (var e = 0; e < ids.Length; e++)
        {
            var entity = byId[ids[e]];
            kinds[e] = entity.Kind;
            names[e] = entity.Name;
            aliases[e] = entity.Aliases.Count == 0 ? null : [.. entity.Aliases];
            parents[e] = entity.LocatedIn is { } parent && dense.TryGetValue(parent, out var p) ? p : -1;
        }

        var rows = Deduplicate(relations);
        var relationIds = new string[rows.Count];
        var from = new int[rows.Count];
        var to = new int[rows.Count];
        var facts = new RelationFacts[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var relation = rows[r];
            relationIds[r] = relation.Id;
            from[r] = Resolve(dense, relation, relation.From);
            to[r] = Resolve(dense, relation, relation.To);
            facts[r] = RelationFacts.Of(relation);
        }

        return new GraphIndex(ids, kinds, names, aliases, parents, relationIds, from, to, facts);
    }

    private static IReadOnlyList<Relation> Deduplicate(IReadOnlyList<Relation> relations)
    {
        var seen = new Dictionary<string, int>(relations.Count, StringComparer.Ordinal);
        var rows = new List<Relation>(relations.Count);
        foreach (var relation in relations)
        {
            if (seen.TryGetValue(relation.Id, out var at))
            {
                rows[at] = relation;
            }
            else
            {
                seen[relation.Id] = rows.Count;
                rows.Add(relation);
            }
        }

        return rows;
    }

    private static int Resolve(Dictionary<string, int> dense, Relation relation, string entityId) =>
        dense.TryGetValue(entityId, out var e)
            ? e
            : throw new InvalidOperationException($"Relation '{relation.Id}' refers to entity '{entityId}', which is not in the graph.");
}
