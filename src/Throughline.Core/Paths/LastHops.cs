using System.Buffers;
using System.Numerics;
using Throughline.Core.Index;

namespace Throughline.Core.Paths;

/// <summary>
/// The hops into the ends, looked up instead of walked. A path's last hop must land on an end, so at the last hop the
/// search needs only the ends next to the entity it stands on; walking that entity's whole row to find them costs its
/// degree (a hub's 100k entries, once per partial path through it), while a binary search in this table costs a few
/// probes. The table holds, for every entity one hop before an end in the search's direction, each end it reaches
/// with the hop's best qualifying confidence, sorted by entity: the ends' own rows walked the other way, read once per
/// search plan, on first use, and only when they hold at most <see cref="MaxEntries"/> adjacency entries.
/// </summary>
internal sealed class LastHops : IDisposable
{
    /// <summary>Above this many entries in the ends' rows (16 bytes each) the search walks rows at the last hop as before.</summary>
    public const long MaxEntries = 2_000_000;

    private readonly GraphIndex _index;
    private readonly EntitySet _ends;
    private readonly Direction _walk;
    private readonly RelationFilter _filter;
    private bool _built;
    private long[]? _keys; // (entity << 32) | end, ascending
    private double[]? _confidence;
    private int _count;

    /// <param name="search">The direction the search walks; the table is read from the ends walking the other way.</param>
    public LastHops(GraphIndex index, EntitySet ends, Direction search, in RelationFilter filter)
    {
        _index = index;
        _ends = ends;
        _walk = DistanceBounds.Reverse(search);
        _filter = filter;
    }

    /// <summary>
    /// The table's entries for hops out of <paramref name="entity"/> into an end, as the range [start, end); false when
    /// the ends' rows are too large to tabulate (walk the entity's row instead).
    /// </summary>
    public bool TryFind(int entity, out int start, out int end)
    {
        if (!_built)
        {
            Build();
        }

        start = end = 0;
        if (_keys is null)
        {
            return false;
        }

        start = PathMaterializer.LowerBound<long>(_keys.AsSpan(0, _count), (long)entity << 32);
        end = start;
        while (end < _count && (_keys[end] >> 32) == entity)
        {
            end++;
        }

        return true;
    }

    /// <summary>True when the ends' rows were small enough to tabulate (builds the table on first use).</summary>
    public bool Available
    {
        get
        {
            if (!_built)
            {
                Build();
            }

            return _keys is not null;
        }
    }

    /// <summary>Entries in the table (only when <see cref="Available"/>).</summary>
    public int Count => _count;

    /// <summary>What a look-up costs in adjacency entries' worth of work: the binary search's probes.</summary>
    public int ProbeCost => 1 + BitOperations.Log2((uint)Math.Max(_count, 1));

    public int EntityAt(int entry) => (int)(_keys![entry] >> 32);

    public int End(int entry) => (int)(_keys![entry] & 0xFFFF_FFFF);

    public double Confidence(int entry) => _confidence![entry];

    public void Dispose()
    {
        if (_keys is not null)
        {
            ArrayPool<long>.Shared.Return(_keys);
            ArrayPool<double>.Shared.Return(_confidence!);
            _keys = null;
            _confidence = null;
        }
    }

    private void Build()
    {
        _built = true;
        long entries = 0;
        foreach (var e in _ends.Members)
        {
            entries += _index.Degree(e, _walk);
            if (entries > MaxEntries)
            {
                return;
            }
        }

        var keys = ArrayPool<long>.Shared.Rent((int)Math.Max(entries, 1));
        var confidence = ArrayPool<double>.Shared.Rent((int)Math.Max(entries, 1));
        var count = 0;
        foreach (var e in _ends.Members)
        {
            var groups = new NeighbourGroups<NoSkip>(_index, e, _walk, _filter, budget: null);
            while (groups.MoveNext())
            {
                keys[count] = ((long)groups.Neighbour << 32) | (uint)e;
                confidence[count++] = groups.Confidence;
            }
        }

        // One end's row is already in neighbour order; several ends' rows interleave.
        if (_ends.Count > 1)
        {
            Array.Sort(keys, confidence, 0, count);
        }

        _keys = keys;
        _confidence = confidence;
        _count = count;
    }
}
