using Throughline.Core.Model;

namespace Throughline.Core.Index;

/// <summary>
/// The rows a store hands the path index directly, without building Entity and Relation records: each entity once
/// (its position in the order added is how relations name it), then each relation by its ends' positions and the facts
/// traversal needs. A store that keeps integer keys maps them to positions as it reads the entities, so no end is ever
/// looked up by its string id. Entities should come in ordinal id order (the index's dense order); any other order is
/// sorted here at the cost of one permutation. Single use: <see cref="Build"/> hands the arrays to the index.
/// </summary>
public sealed class GraphIndexRows
{
    private readonly List<string> _ids;
    private readonly List<EntityKind> _kinds;
    private readonly List<string> _names;
    private readonly List<string[]?> _aliases;
    private readonly List<string?> _locatedIn;
    private readonly List<string> _relationIds;
    private readonly List<int> _from;
    private readonly List<int> _to;
    private readonly List<RelationFacts> _facts;
    private bool _built;

    public GraphIndexRows(int entities = 0, int relations = 0)
    {
        _ids = new(entities);
        _kinds = new(entities);
        _names = new(entities);
        _aliases = new(entities);
        _locatedIn = new(entities);
        _relationIds = new(relations);
        _from = new(relations);
        _to = new(relations);
        _facts = new(relations);
    }

    public int EntityCount => _ids.Count;

    /// <summary>Adds an entity and returns its position, which <see cref="AddRelation"/> takes for its ends.</summary>
    public int AddEntity(string id, EntityKind kind, string name, IReadOnlyList<string> aliases, string? locatedIn)
    {
        _ids.Add(id);
        _kinds.Add(kind);
        _names.Add(name);
        _aliases.Add(aliases.Count == 0 ? null : [.. aliases]);
        _locatedIn.Add(locatedIn);
        return _ids.Count - 1;
    }

    /// <summary>A relation between the entities at positions <paramref name="from"/> and <paramref name="to"/>.</summary>
    public void AddRelation(
        string id, int from, int to, RelationType type, RelationStatus status, double confidence, PartialDate? validFrom,
        PartialDate? validTo, bool contested, int independentSources)
    {
        if ((uint)from >= (uint)_ids.Count || (uint)to >= (uint)_ids.Count)
        {
            throw new InvalidOperationException($"Relation '{id}' names entity position {((uint)from >= (uint)_ids.Count ? from : to)}, but {_ids.Count} entities were added.");
        }

        _relationIds.Add(id);
        _from.Add(from);
        _to.Add(to);
        _facts.Add(new RelationFacts(
            validFrom?.FirstDay ?? int.MinValue, validTo?.LastDay ?? int.MaxValue, confidence, type, status, contested,
            (ushort)Math.Min(independentSources, ushort.MaxValue)));
    }

    /// <summary>The index of everything added. A repeated entity id is an error (a store holds each id once).</summary>
    public GraphIndex Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("GraphIndexRows.Build hands its arrays to the index and can run once");
        }

        _built = true;
        var ids = _ids.ToArray();
        var kinds = _kinds.ToArray();
        var names = _names.ToArray();
        var aliases = _aliases.ToArray();
        var locatedIn = _locatedIn.ToArray();
        var from = _from.ToArray();
        var to = _to.ToArray();
        if (!InOrdinalOrder(ids))
        {
            // SQLite orders text by its UTF-8 bytes, which differs from ordinal UTF-16 order only around surrogates:
            // rare, so it costs a sort and a remap only when it happens.
            var order = Enumerable.Range(0, ids.Length).ToArray();
            Array.Sort(ids.ToArray(), order, StringComparer.Ordinal);
            var position = new int[ids.Length];
            for (var e = 0; e < order.Length; e++)
            {
                position[order[e]] = e;
            }

            ids = [.. order.Select(o => _ids[o])];
            kinds = [.. order.Select(o => _kinds[o])];
            names = [.. order.Select(o => _names[o])];
            aliases = [.. order.Select(o => _aliases[o])];
            locatedIn = [.. order.Select(o => _locatedIn[o])];
            for (var r = 0; r < from.Length; r++)
            {
                from[r] = position[from[r]];
                to[r] = position[to[r]];
            }

            if (!InOrdinalOrder(ids))
            {
                throw new InvalidOperationException("GraphIndexRows: an entity id was added twice");
            }
        }

        var parents = new int[ids.Length];
        for (var e = 0; e < ids.Length; e++)
        {
            parents[e] = locatedIn[e] is { } parent ? Math.Max(-1, Array.BinarySearch(ids, parent, StringComparer.Ordinal)) : -1;
        }

        return GraphIndex.FromArrays(ids, kinds, names, aliases, parents, [.. _relationIds], from, to, [.. _facts]);
    }

    /// <summary>Strictly increasing: sorted and without a repeated id.</summary>
    private static bool InOrdinalOrder(string[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            if (string.CompareOrdinal(ids[i - 1], ids[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
