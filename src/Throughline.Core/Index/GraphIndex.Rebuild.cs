using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Core.Index;

public sealed partial class GraphIndex
{
    /// <summary>
    /// A compact index (new compressed arrays) of this index's base arrays with <paramref name="batch"/> upserted (by id,
    /// as the store applies it): O(entities + relations), no string hashing of the unchanged graph. Ignores the delta;
    /// the merge passes every batch the delta holds.
    /// </summary>
    private GraphIndex Rebuild(IndexBatch batch)
    {
        var upserted = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in batch.Entities)
        {
            upserted[entity.Id] = entity;
        }

        var added = upserted.Keys.Where(id => Array.BinarySearch(_entityIds, id, StringComparer.Ordinal) < 0).Order(StringComparer.Ordinal).ToArray();
        var (ids, remap) = Merge(_entityIds, added);
        var kinds = new EntityKind[ids.Length];
        var names = new string[ids.Length];
        var aliases = new string[]?[ids.Length];
        for (var old = 0; old < _entityIds.Length; old++)
        {
            var e = remap[old];
            kinds[e] = _kinds[old];
            names[e] = _names[old];
            aliases[e] = _aliases[old];
        }

        var parents = new int[ids.Length];
        Array.Fill(parents, -1);
        for (var old = 0; old < _entityIds.Length; old++)
        {
            parents[remap[old]] = _parents[old] < 0 ? -1 : remap[_parents[old]];
        }

        foreach (var entity in upserted.Values)
        {
            var e = Array.BinarySearch(ids, entity.Id, StringComparer.Ordinal);
            kinds[e] = entity.Kind;
            names[e] = entity.Name;
            aliases[e] = entity.Aliases.Count == 0 ? null : [.. entity.Aliases];
            parents[e] = entity.LocatedIn is { } parent ? Math.Max(-1, Array.BinarySearch(ids, parent, StringComparer.Ordinal)) : -1;
        }

        return WithRelations(ids, kinds, names, aliases, parents, remap, batch.Relations);
    }

    private GraphIndex WithRelations(
        string[] ids, EntityKind[] kinds, string[] names, string[]?[] aliases, int[] parents, int[] remap,
        IReadOnlyList<RelationRow> upserts)
    {
        var pending = new Dictionary<string, RelationRow>(StringComparer.Ordinal);
        foreach (var relation in upserts)
        {
            pending[relation.Id] = relation;
        }

        var replaced = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in pending.Keys)
        {
            if (_relationTable.Find(id) is var r and >= 0)
            {
                replaced[id] = r;
            }
        }

        var count = _relationIds.Length + pending.Count - replaced.Count;
        var relationIds = new string[count];
        var from = new int[count];
        var to = new int[count];
        var facts = new RelationFacts[count];
        Array.Copy(_relationIds, relationIds, _relationIds.Length);
        Array.Copy(_facts, facts, _facts.Length);
        for (var r = 0; r < _relationIds.Length; r++)
        {
            from[r] = remap[_from[r]];
            to[r] = remap[_to[r]];
        }

        var next = _relationIds.Length;
        foreach (var relation in pending.Values)
        {
            var r = replaced.TryGetValue(relation.Id, out var at) ? at : next++;
            relationIds[r] = relation.Id;
            from[r] = ResolveSorted(ids, relation, relation.From);
            to[r] = ResolveSorted(ids, relation, relation.To);
            facts[r] = relation.Facts;
        }

        return new GraphIndex(ids, kinds, names, aliases, parents, relationIds, from, to, facts);
    }

    /// <summary>Merges sorted <paramref name="added"/> ids into sorted <paramref name="existing"/>; remap[old] = new dense id.</summary>
    private static (string[] Ids, int[] Remap) Merge(string[] existing, string[] added)
    {
        var ids = new string[existing.Length + added.Length];
        var remap = new int[existing.Length];
        int i = 0, j = 0, k = 0;
        while (i < existing.Length || j < added.Length)
        {
            if (j == added.Length || (i < existing.Length && string.CompareOrdinal(existing[i], added[j]) < 0))
            {
                remap[i] = k;
                ids[k++] = existing[i++];
            }
            else
            {
                ids[k++] = added[j++];
            }
        }

        return (ids, remap);
    }

    private static int ResolveSorted(string[] ids, RelationRow relation, string entityId)
    {
        var e = Array.BinarySearch(ids, entityId, StringComparer.Ordinal);
        return e >= 0
            ? e
            : throw new InvalidOperationException($"Relation '{relation.Id}' refers to entity '{entityId}', which is not in the graph.");
    }
}
