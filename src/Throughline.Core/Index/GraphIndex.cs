using Throughline.Core.Model;

namespace Throughline.Core.Index;

/// <summary>
/// An immutable in-memory index of the graph for path queries. Entities get dense int ids in ordinal order of their
/// string ids, so comparing two dense ids compares the ids the contract orders by. Relations are compact arrays and
/// two CSR adjacencies (outgoing and incoming); no per-relation objects. Build one with <see cref="Build"/>; derive an
/// updated index with <see cref="With"/>, which layers the write over the same compressed arrays (an
/// <see cref="IndexDelta"/>: entities and relations past the arrays' ends, rewritten rows of the entities it touches)
/// and merges into new arrays once the delta grows (see GraphIndex.Compaction.cs).
/// </summary>
public sealed partial class GraphIndex
{
    // The compressed base: shared, never written, by every index derived from it.
    private readonly string[] _entityIds;
    private readonly EntityKind[] _kinds;
    private readonly string[] _names;
    private readonly string[]?[] _aliases;
    private readonly int[] _parents;
    private readonly string[] _relationIds;
    private readonly int[] _from;
    private readonly int[] _to;
    private readonly RelationFacts[] _facts;
    private readonly RelationIdTable _relationTable;
    private readonly NameTable _nameTable;
    private readonly PlacementTargets _placementTargets;

    // What was written since the base was built; null for a compact index.
    private readonly IndexDelta? _delta;

    public int EntityCount => _entityIds.Length + (_delta?.AddedIds.Length ?? 0);

    public int RelationCount => _relationIds.Length + (_delta is { } d ? d.RelationIds.Length - d.Superseded : 0);

    /// <summary>True when writes are layered over the compressed arrays (until they are merged).</summary>
    public bool HasDelta => _delta is not null;

    /// <summary>Bytes held by the index's arrays and delta (not counting the strings they share with the records they came from).</summary>
    public long ArrayBytes =>
        (_entityIds.LongLength * (IntPtr.Size * 3L + sizeof(int) + sizeof(EntityKind)))
        + (_relationIds.LongLength * (IntPtr.Size + sizeof(int) * 2L + 24))
        + _relationTable.Bytes + Outgoing.Bytes + Incoming.Bytes + Children.Bytes + _nameTable.Bytes + (_delta?.Bytes ?? 0);

    internal Adjacency Outgoing { get; }

    internal Adjacency Incoming { get; }

    /// <summary>How many adjacency entries a walk from <paramref name="entity"/> in <paramref name="direction"/> reads.</summary>
    internal int Degree(int entity, Paths.Direction direction) => direction switch
    {
        Paths.Direction.Outgoing => Outgoing.Degree(entity),
        Paths.Direction.Incoming => Incoming.Degree(entity),
        _ => Outgoing.Degree(entity) + Incoming.Degree(entity),
    };

    /// <summary>Gazetteer nesting reversed: the places whose <see cref="Entity.LocatedIn"/> is this place.</summary>
    internal Adjacency Children { get; }

    /// <summary>Facts of relations 0 .. <see cref="BaseRelationCount"/> - 1; later ones are in <see cref="DeltaFacts"/>.</summary>
    internal ReadOnlySpan<RelationFacts> Facts => _facts;

    internal ReadOnlySpan<RelationFacts> DeltaFacts => _delta is null ? [] : _delta.Facts;

    internal int BaseRelationCount => _relationIds.Length;

    /// <summary>True when some entity's dense id does not follow the ordinal order of ids (one added since the base).</summary>
    internal bool HasAddedEntities => _delta is { AddedIds.Length: > 0 };

    /// <summary>
    /// False only when no LOCATED_IN or OPERATES_IN relation can point to <paramref name="entity"/>: none of the base's
    /// does, and no write since has touched its incoming row.
    /// </summary>
    internal bool MayBePlacementTarget(int entity) =>
        _placementTargets.Contains(entity) || (Incoming.Replaced.Count != 0 && Incoming.Replaced.ContainsKey(entity));

    /// <summary>The dense id of an entity, or -1.</summary>
    public int Find(string entityId)
    {
        var e = Array.BinarySearch(_entityIds, entityId, StringComparer.Ordinal);
        if (e >= 0)
        {
            return e;
        }

        return _delta is not null && _delta.AddedById.TryGetValue(entityId, out var added) ? added : -1;
    }

    public string EntityId(int entity) => entity < _entityIds.Length ? _entityIds[entity] : _delta!.AddedIds[entity - _entityIds.Length];

    public EntityKind Kind(int entity) => entity < _entityIds.Length
        ? (_delta?.Kinds ?? _kinds)[entity]
        : _delta!.AddedKinds[entity - _entityIds.Length];

    public string RelationId(int relation) =>
        relation < _relationIds.Length ? _relationIds[relation] : _delta!.RelationIds[relation - _relationIds.Length];

    /// <summary>Compares two entities as their ids compare ordinally (dense ids do so directly unless one was added since the base).</summary>
    internal int CompareEntities(int a, int b) =>
        (a < _entityIds.Length && b < _entityIds.Length) || a == b
            ? a.CompareTo(b)
            : string.CompareOrdinal(EntityId(a), EntityId(b));

    internal IComparer<int> EntityOrder => HasAddedEntities ? Comparer<int>.Create(CompareEntities) : Comparer<int>.Default;

    internal RelationFacts FactsOf(int relation) =>
        relation < _relationIds.Length ? _facts[relation] : _delta!.Facts[relation - _relationIds.Length];

    internal int From(int relation) => relation < _relationIds.Length ? _from[relation] : _delta!.From[relation - _relationIds.Length];

    internal int To(int relation) => relation < _relationIds.Length ? _to[relation] : _delta!.To[relation - _relationIds.Length];

    /// <summary>Entities whose name or an alias equals <paramref name="name"/> ignoring case, ascending and distinct.</summary>
    internal int[] FindNamed(string name)
    {
        if (_delta is null)
        {
            return _nameTable.Find(name);
        }

        var found = new SortedSet<int>(_nameTable.Find(name).Where(e => !_delta.Changed.ContainsKey(e)));
        foreach (var (e, info) in _delta.Changed)
        {
            if (Matches(info.Name, info.Aliases))
            {
                found.Add(e);
            }
        }

        for (var i = 0; i < _delta.AddedIds.Length; i++)
        {
            if (Matches(_delta.AddedNames[i], _delta.AddedAliases[i]))
            {
                found.Add(_entityIds.Length + i);
            }
        }

        return [.. found];

        bool Matches(string entityName, string[]? aliases) =>
            string.Equals(entityName, name, StringComparison.OrdinalIgnoreCase)
            || (aliases ?? []).Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
    }
}
