using Throughline.Core.Model;

namespace Throughline.Core.Index;

/// <summary>
/// An immutable in-memory index of the graph for path queries. Entities get dense int ids in ordinal order of their
/// string ids, so comparing two dense ids compares the ids the contract orders by. Relations are compact arrays and
/// two CSR adjacencies (outgoing and incoming); no per-relation objects. Build one with <see cref="Build"/>; derive an
/// updated index with <see cref="With"/>.
/// </summary>
public sealed partial class GraphIndex
{
    private readonly string[] _entityIds;
    private readonly EntityKind[] _kinds;
    private readonly string[] _names;
    private readonly string[]?[] _aliases;
    private readonly int[] _parents;
    private readonly string[] _relationIds;
    private readonly int[] _from;
    private readonly int[] _to;
    private readonly RelationFacts[] _facts;

    public int EntityCount => _entityIds.Length;

    public int RelationCount => _relationIds.Length;

    /// <summary>Bytes held by the index's arrays (not counting the strings they share with the records they came from).</summary>
    public long ArrayBytes =>
        (_entityIds.LongLength * (IntPtr.Size * 3L + sizeof(int) + sizeof(EntityKind)))
        + (_relationIds.LongLength * (IntPtr.Size + sizeof(int) * 2L + 24))
        + Outgoing.Bytes + Incoming.Bytes + Children.Bytes + Names.Bytes;

    internal Adjacency Outgoing { get; }

    internal Adjacency Incoming { get; }

    /// <summary>Gazetteer nesting reversed: the places whose <see cref="Entity.LocatedIn"/> is this place.</summary>
    internal Adjacency Children { get; }

    internal NameTable Names { get; }

    internal ReadOnlySpan<RelationFacts> Facts => _facts;

    /// <summary>The dense id of an entity, or -1.</summary>
    public int Find(string entityId) => Math.Max(-1, Array.BinarySearch(_entityIds, entityId, StringComparer.Ordinal));

    public string EntityId(int entity) => _entityIds[entity];

    public EntityKind Kind(int entity) => _kinds[entity];

    public string RelationId(int relation) => _relationIds[relation];

    internal RelationFacts FactsOf(int relation) => _facts[relation];

    internal int From(int relation) => _from[relation];

    internal int To(int relation) => _to[relation];
}
