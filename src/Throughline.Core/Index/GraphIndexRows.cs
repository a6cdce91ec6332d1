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
    // Plain arrays sized by the counts the store gives (it reads them in the same transaction), handed to the index
    // as they are when those counts were right: no list per column and no copy of 5M-entry arrays at the end.
    private string[] _ids;
    private EntityKind[] _kinds;
    private string[] _names;
    private string[]?[] _aliases;
    private string?[] _locatedIn;
    private int _entityCount;
    private string[] _relationIds;
    private int[] _from;
    private int[] _to;
    private RelationFacts[] _facts;
    private int _relationCount;
    private bool _built;

    public GraphIndexRows(int entities = 0, int relations = 0)
    {
        _ids = new string[entities];
        _kinds = new EntityKind[entities];
        _names = new string[entities];
        _aliases = new string[]?[entities];
        _locatedIn = new string?[entities];
        _relationIds = new string[relations];
        _from = new int[relations];
        _to = new int[relations];
        _facts = new RelationFacts[relations];
    }

    public int EntityCount => _entityCount;

    /// <summary>Adds an entity and returns its position, which <see cref="AddRelation"/> takes for its ends.</summary>
    public int AddEntity(string id, EntityKind kind, string name, IReadOnlyList<string> aliases, string? locatedIn)
    {
        if (_entityCount == _ids.Length)
        {
            var capacity = Grown(_ids.Length);
            Array.Resize(ref _ids, capacity);
            Array.Resize(ref _kinds, capacity);
            Array.Resize(ref _names, capacity);
            Array.Resize(ref _aliases, capacity);
            Array.Resize(ref _locatedIn, capacity);
        }

        var e = _entityCount++;
        _ids[e] = id;
        _kinds[e] = kind;
        _names[e] = name;
        _aliases[e] = aliases.Count == 0 ? null : [.. aliases];
        _locatedIn[e] = locatedIn;
        return e;
    }

    /// <summary>A relation between the entities at positions <paramref name="from"/> and <paramref name="to"/>.</summary>
    public void AddRelation(
        string id, int from, int to, RelationType type, RelationStatus status, double confidence, PartialDate? validFrom,
        PartialDate? validTo, bool contested, int independentSources)
    {
        if ((uint)from >= (uint)_entityCount || (uint)to >= (uint)_entityCount)
        {
            throw new InvalidOperationException($"Relation '{id}' names entity position {((uint)from >= (uint)_entityCount ? from : to)}, but {_entityCount} entities were added.");
        }

        if (_relationCount == _relationIds.Length)
        {
            var capacity = Grown(_relationIds.Length);
            Array.Resize(ref _relationIds, capacity);
            Array.Resize(ref _from, capacity);
            Array.Resize(ref _to, capacity);
            Array.Resize(ref _facts, capacity);
        }

        var r = _relationCount++;
        _relationIds[r] = id;
        _from[r] = from;
        _to[r] = to;
        _facts[r] = new RelationFacts(
            validFrom?.FirstDay ?? int.MinValue, validTo?.LastDay ?? int.MaxValue, confidence, type, status, contested,
            (ushort)Math.Min(independentSources, ushort.MaxValue));
    }

    /// <summary>The index of everything added. A repeated entity id is an error (a store holds each id once).</summary>
    public GraphIndex Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("GraphIndexRows.Build hands its arrays to the index and can run once");
        }

        _built = true;
        var ids = Trimmed(_ids, _entityCount);
        var kinds = Trimmed(_kinds, _entityCount);
        var names = Trimmed(_names, _entityCount);
        var aliases = Trimmed(_aliases, _entityCount);
        var locatedIn = Trimmed(_locatedIn, _entityCount);
        var from = Trimmed(_from, _relationCount);
        var to = Trimmed(_to, _relationCount);
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

            ids = Permuted(ids, order);
            kinds = Permuted(kinds, order);
            names = Permuted(names, order);
            aliases = Permuted(aliases, order);
            locatedIn = Permuted(locatedIn, order);
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

        return GraphIndex.FromArrays(
            ids, kinds, names, aliases, parents, Trimmed(_relationIds, _relationCount), from, to, Trimmed(_facts, _relationCount));
    }

    private static int Grown(int capacity) => Math.Max(16, capacity * 2);

    /// <summary>The array itself when it is exactly full (the store's counts were right), else a copy of its used part.</summary>
    private static T[] Trimmed<T>(T[] array, int count) => array.Length == count ? array : array[..count];

    private static T[] Permuted<T>(T[] items, int[] order)
    {
        var result = new T[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            result[i] = items[order[i]];
        }

        return result;
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
