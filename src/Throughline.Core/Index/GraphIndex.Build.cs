using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Core.Index;

public sealed partial class GraphIndex
{
    private GraphIndex(
        string[] entityIds, EntityKind[] kinds, string[] names, string[]?[] aliases, int[] parents,
        string[] relationIds, int[] from, int[] to, RelationFacts[] facts, Prebuilt? prebuilt = null)
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
        _placementTargets = new PlacementTargets(to, facts, entityIds.Length);
        // The three structures are independent; building them side by side shortens start-up on two cores.
        Adjacency? outgoing = null, incoming = null, children = null;
        NameTable? nameTable = null;
        RelationIdTable? relationTable = null;
        Parallel.Invoke(
            () => (outgoing, incoming) = prebuilt is null
                ? Adjacency.BuildBoth(entityIds.Length, from, to)
                : (prebuilt.Outgoing, prebuilt.Incoming),
            () =>
            {
                var nested = Enumerable.Range(0, parents.Length).Where(e => parents[e] >= 0).ToArray();
                children = Adjacency.Build(entityIds.Length, [.. nested.Select(e => parents[e])], nested);
            },
            () => nameTable = prebuilt?.Names ?? NameTable.Build(names, aliases),
            () => relationTable = new RelationIdTable(relationIds));
        Outgoing = outgoing!;
        Incoming = incoming!;
        Children = children!;
        _nameTable = nameTable!;
        _relationTable = relationTable!;
    }

    /// <summary>An index sharing <paramref name="baseIndex"/>'s compressed arrays with <paramref name="delta"/> layered over them.</summary>
    private GraphIndex(GraphIndex baseIndex, IndexDelta delta, Adjacency outgoing, Adjacency incoming, Adjacency children)
    {
        _entityIds = baseIndex._entityIds;
        _kinds = baseIndex._kinds;
        _names = baseIndex._names;
        _aliases = baseIndex._aliases;
        _parents = baseIndex._parents;
        _relationIds = baseIndex._relationIds;
        _from = baseIndex._from;
        _to = baseIndex._to;
        _facts = baseIndex._facts;
        _relationTable = baseIndex._relationTable;
        _placementTargets = baseIndex._placementTargets;
        _nameTable = baseIndex._nameTable;
        _delta = delta;
        Outgoing = outgoing;
        Incoming = incoming;
        Children = children;
    }

    /// <summary>Structures an index image carries already built (see GraphIndex.Image.cs), so the constructor skips them.</summary>
    private sealed record Prebuilt(Adjacency Outgoing, Adjacency Incoming, NameTable Names);

    public static GraphIndex Build(GraphSnapshot snapshot) => Build(snapshot.Entities, snapshot.Relations);

    /// <summary>
    /// Indexes entities and relations. A later entity with an id already seen replaces the earlier one (upsert order).
    /// Relation ids must be distinct, as in any store snapshot (checking would cost a 5M-entry hash set at start-up).
    /// A relation naming an entity that is not in <paramref name="entities"/> is an error naming both.
    /// </summary>
    public static GraphIndex Build(IReadOnlyList<Entity> entities, IReadOnlyList<Relation> relations)
    {
        var byId = new Dictionary<string, int>(entities.Count, StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            byId[entities[i].Id] = i;
        }

        var ids = byId.Keys.ToArray();
        if (!IsSortedOrdinal(ids))
        {
            Array.Sort(ids, StringComparer.Ordinal);
        }

        var kinds = new EntityKind[ids.Length];
        var names = new string[ids.Length];
        var aliases = new string[]?[ids.Length];
        var parentIds = new string?[ids.Length];
        for (var e = 0; e < ids.Length; e++)
        {
            var entity = entities[byId[ids[e]]];
            kinds[e] = entity.Kind;
            names[e] = entity.Name;
            aliases[e] = entity.Aliases.Count == 0 ? null : [.. entity.Aliases];
            parentIds[e] = entity.LocatedIn;
        }

        for (var e = 0; e < ids.Length; e++)
        {
            byId[ids[e]] = e; // from here on the dictionary maps an id to its dense id
        }

        var parents = new int[ids.Length];
        for (var e = 0; e < ids.Length; e++)
        {
            parents[e] = parentIds[e] is { } parent && byId.TryGetValue(parent, out var p) ? p : -1;
        }

        var relationIds = new string[relations.Count];
        var from = new int[relations.Count];
        var to = new int[relations.Count];
        var facts = new RelationFacts[relations.Count];
        // Resolving 10M endpoint ids is the costliest step (a cache miss per lookup); readers of a Dictionary may run concurrently.
        Parallel.For(0, (relations.Count + ResolveChunk - 1) / ResolveChunk, chunk =>
        {
            var end = Math.Min(relations.Count, (chunk + 1) * ResolveChunk);
            for (var r = chunk * ResolveChunk; r < end; r++)
            {
                var relation = relations[r];
                relationIds[r] = relation.Id;
                from[r] = Resolve(byId, relation, relation.From);
                to[r] = Resolve(byId, relation, relation.To);
                facts[r] = RelationFacts.Of(relation);
            }
        });

        return new GraphIndex(ids, kinds, names, aliases, parents, relationIds, from, to, facts);
    }

    /// <summary>The index of arrays already in dense order (<see cref="GraphIndexRows"/>); takes ownership of them.</summary>
    internal static GraphIndex FromArrays(
        string[] entityIds, EntityKind[] kinds, string[] names, string[]?[] aliases, int[] parents,
        string[] relationIds, int[] from, int[] to, RelationFacts[] facts) =>
        new(entityIds, kinds, names, aliases, parents, relationIds, from, to, facts);

    private const int ResolveChunk = 65_536;

    private static bool IsSortedOrdinal(string[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            if (string.CompareOrdinal(ids[i - 1], ids[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int Resolve(Dictionary<string, int> dense, Relation relation, string entityId) =>
        dense.TryGetValue(entityId, out var e)
            ? e
            : throw new InvalidOperationException($"Relation '{relation.Id}' refers to entity '{entityId}', which is not in the graph.");
}
