using System.Buffers;
using System.Numerics;
using Throughline.Core.Index;

namespace Throughline.Core.Paths;

/// <summary>
/// The hops into the ends, looked up instead of walked. A path's last hop must land on an end, so at the last hop the
/// search needs only the ends next to the entity it stands on; walking that entity's whole row to find them costs its
/// degree (a hub's 100k entries, once per partial path through it), while a binary search in this table costs a few
/// probes. The table holds a key (entity, end) for every entity one hop before an end in the search's direction, sorted:
/// the ends' own rows walked the other way, read once per search plan, on first use, and only when they hold at most
/// <see cref="MaxEntries"/> adjacency entries. It is built from the rows alone, without the relation facts (a random
/// read per entry, most of what building it cost): whether a hop qualifies, and its confidence, is read when a look-up
/// finds it, from the end's row, once per entry (kept for later look-ups), so only the hops a search lands on are paid for.
/// </summary>
internal sealed class LastHops : IDisposable
{
    /// <summary>Above this many entries in the ends' rows (16 bytes each with the confidence, 8 more while sorting) the search walks rows at the last hop as before.</summary>
    public const long MaxEntries = 2_000_000;

    /// <summary>Bits of the entity sorted per counting pass: two passes cover 4M entities, with 8K-entry count arrays.</summary>
    private const int RadixBits = 11;

    private readonly GraphIndex _index;
    private readonly EntitySet _ends;
    private readonly Direction _walk;
    private readonly RelationFilter _filter;
    private bool _built;
    private long[]? _keys; // (entity << 32) | end, ascending, distinct
    private double[]? _confidence; // per entry: NaN until first looked up, -infinity when no relation of the hop qualifies
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
    /// The table's entries for hops out of <paramref name="entity"/> into an end, as the range [start, end), in ascending
    /// end order; false when the ends' rows are too large to tabulate (walk the entity's row instead). An entry's hop may
    /// still fail the filter: see <see cref="TryHop"/>.
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

    /// <summary>The entity of an entry: every entity next to an end by some relation, qualifying or not.</summary>
    public int EntityAt(int entry) => (int)(_keys![entry] >> 32);

    public int End(int entry) => (int)(_keys![entry] & 0xFFFF_FFFF);

    /// <summary>
    /// The best qualifying confidence of the hop an entry stands for, from the relations between its entity and end in
    /// the end's row (found by binary search); false when none of them qualifies.
    /// </summary>
    public bool TryHop(int entry, out double confidence)
    {
        confidence = _confidence![entry];
        if (double.IsNaN(confidence))
        {
            confidence = _confidence[entry] = ReadHop(entry);
        }

        return confidence > double.NegativeInfinity;
    }

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

    private double ReadHop(int entry)
    {
        var entity = EntityAt(entry);
        var end = End(entry);
        var best = double.NegativeInfinity;
        if (_walk != Direction.Incoming)
        {
            best = Best(_index.Outgoing, end, entity, best);
        }

        if (_walk != Direction.Outgoing)
        {
            best = Best(_index.Incoming, end, entity, best);
        }

        return best;
    }

    private double Best(Adjacency rows, int end, int entity, double best)
    {
        rows.RowOf(end, out var neighbours, out var relations);
        for (var i = PathMaterializer.LowerBound(neighbours, entity); i < neighbours.Length && neighbours[i] == entity; i++)
        {
            var facts = _index.FactsOf(relations[i]);
            if (_filter.Qualifies(facts))
            {
                best = Math.Max(best, facts.Confidence);
            }
        }

        return best;
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
        var count = 0;
        // Ends in ascending order, so keys are already ordered by end: a stable sort by entity orders them fully.
        foreach (var e in _ends.Members)
        {
            if (_walk != Direction.Incoming)
            {
                count = Append(_index.Outgoing.NeighboursOf(e), e, keys, count);
            }

            if (_walk != Direction.Outgoing)
            {
                count = Append(_index.Incoming.NeighboursOf(e), e, keys, count);
            }
        }

        // One row is already in neighbour order; several rows interleave.
        if (_ends.Count > 1 || _walk == Direction.Any)
        {
            SortByEntity(keys, count, _index.EntityCount);
        }

        _keys = keys;
        _count = Distinct(keys, count);
        _confidence = ArrayPool<double>.Shared.Rent(Math.Max(_count, 1));
        Array.Fill(_confidence, double.NaN, 0, _count);
    }

    private static int Append(ReadOnlySpan<int> row, int end, long[] keys, int count)
    {
        foreach (var v in row)
        {
            keys[count++] = ((long)v << 32) | (uint)end;
        }

        return count;
    }

    /// <summary>Parallel relations (and, for ANY, both directions) give the same key: keep one.</summary>
    private static int Distinct(long[] keys, int count)
    {
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            if (kept == 0 || keys[kept - 1] != keys[i])
            {
                keys[kept++] = keys[i];
            }
        }

        return kept;
    }

    /// <summary>
    /// A stable least-significant-digit radix sort on the entity half of the keys: a few linear passes instead of a
    /// comparison sort's n log n (a region's 127k hops sorted that way were a large part of a query's time).
    /// </summary>
    private static void SortByEntity(long[] keys, int count, int entityCount)
    {
        var buffer = ArrayPool<long>.Shared.Rent(Math.Max(count, 1));
        var counts = new int[1 << RadixBits];
        var (from, to) = (keys, buffer);
        var passes = 0;
        for (var shift = 32; ((entityCount - 1L) << 32) >> shift > 0; shift += RadixBits)
        {
            Array.Clear(counts);
            for (var i = 0; i < count; i++)
            {
                counts[(int)((ulong)from[i] >> shift) & ((1 << RadixBits) - 1)]++;
            }

            var sum = 0;
            for (var d = 0; d < counts.Length; d++)
            {
                (counts[d], sum) = (sum, sum + counts[d]);
            }

            for (var i = 0; i < count; i++)
            {
                to[counts[(int)((ulong)from[i] >> shift) & ((1 << RadixBits) - 1)]++] = from[i];
            }

            (from, to) = (to, from);
            passes++;
        }

        if (passes % 2 == 1)
        {
            Array.Copy(buffer, keys, count);
        }

        ArrayPool<long>.Shared.Return(buffer);
    }
}
