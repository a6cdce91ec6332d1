using Throughline.Core.Index;
using Throughline.Core.Paths;

namespace Throughline.Benchmarks.Paths;

/// <summary>
/// The lower bound the engine is measured against: the same searches as bare loops over the index's CSR int arrays
/// (offsets and neighbours, outgoing and incoming) with no relation filter, no budget, no ordering, no result objects —
/// only counts. Parallel relations are one hop (rows are sorted by neighbour, so equal neighbours are adjacent), so the
/// counts are of distinct entity sequences, as the engine's and the peers' are. Built from a compact index only.
/// </summary>
internal sealed class BareCsr
{
    private readonly int[] _outOffsets;
    private readonly int[] _outNeighbours;
    private readonly int[] _inOffsets;
    private readonly int[] _inNeighbours;
    private readonly byte[] _distance;
    private readonly bool[] _onPath;
    private readonly int[] _stamp;
    private int _epoch;


    /// <summary>Copies the rows of the relations that qualify under <paramref name="options"/> (untimed set-up), so counts match the engine's.</summary>
    public BareCsr(GraphIndex index, PathOptions options)
    {
        if (index.HasDelta)
        {
            throw new ArgumentException("the bare loop reads the compressed arrays only: compact the index first", nameof(index));
        }

        var filter = new RelationFilter(options);
        (_outOffsets, _outNeighbours) = Qualifying(index, index.Outgoing, filter);
        (_inOffsets, _inNeighbours) = Qualifying(index, index.Incoming, filter);
        _distance = new byte[index.EntityCount];
        _onPath = new bool[index.EntityCount];
        _stamp = new int[index.EntityCount];
    }

    private static (int[] Offsets, int[] Neighbours) Qualifying(GraphIndex index, Adjacency adjacency, RelationFilter filter)
    {
        var offsets = new int[index.EntityCount + 1];
        var neighbours = new List<int>(adjacency.Neighbours.Length);
        for (var e = 0; e < index.EntityCount; e++)
        {
            adjacency.RowOf(e, out var row, out var relations);
            for (var i = 0; i < row.Length; i++)
            {
                if (filter.Qualifies(index.FactsOf(relations[i])))
                {
                    neighbours.Add(row[i]);
                }
            }

            offsets[e + 1] = neighbours.Count;
        }

        return (offsets, [.. neighbours]);
    }

    public int EntityCount => _distance.Length;

    /// <summary>
    /// Directed simple paths from <paramref name="source"/> to any of <paramref name="targets"/> of 1..maxHops hops: a
    /// backward breadth-first search from the targets (distances up to maxHops - 1), then a depth-first search from the
    /// source that steps only to entities still within reach. The engine does the same, plus filtering and ordering.
    /// </summary>
    public long CountPaths(int source, IReadOnlyList<int> targets, int maxHops)
    {
        var isTarget = BackwardDistances(targets, maxHops - 1);
        _onPath[source] = true;
        var count = Dfs(source, 0, maxHops, isTarget);
        _onPath[source] = false;
        return count;
    }

    /// <summary>
    /// How many shortest directed paths (≤ maxHops) lead from source to target: the backward distances from the target
    /// (the engine's bounds), then a walk from the source that gets one hop nearer at every step.
    /// </summary>
    public long CountShortestPaths(int source, int target, int maxHops)
    {
        BackwardDistances([target], maxHops - 1);
        var best = int.MaxValue;
        for (var i = _outOffsets[source]; i < _outOffsets[source + 1]; i++)
        {
            if (_distance[_outNeighbours[i]] is var d and > 0)
            {
                best = Math.Min(best, d);
            }
        }

        return best == int.MaxValue ? 0 : Nearer(source, best);
    }

    /// <summary>Walks from <paramref name="u"/> to neighbours whose distance + 1 is <paramref name="distancePlusOne"/>.</summary>
    private long Nearer(int u, int distancePlusOne)
    {
        long count = 0;
        var previous = -1;
        for (var i = _outOffsets[u]; i < _outOffsets[u + 1]; i++)
        {
            var v = _outNeighbours[i];
            if (v == previous || _distance[v] != distancePlusOne)
            {
                continue;
            }

            previous = v;
            count += distancePlusOne == 1 ? 1 : Nearer(v, distancePlusOne - 1);
        }

        return count;
    }

    /// <summary>Relations the last neighbourhood lists: from its entities nearer than the depth to kept ones.</summary>
    public long NeighbourhoodRelations { get; private set; }

    /// <summary>
    /// Entities within <paramref name="depth"/> hops either way, breadth-first, keeping at most <paramref name="cap"/>:
    /// of a level that does not fit, the lowest ids (as the engine's contract orders them; from a single entity the two
    /// sorted rows are merged and read only until the level overflows). Then, as the engine must to list them, the
    /// relations from kept entities nearer than the depth to kept ones, each once (an in-row entry is counted only when
    /// its other end is not one whose out-row was counted).
    /// </summary>
    public int CountNeighbourhood(int centre, int depth, int cap)
    {
        _epoch++;
        _stamp[centre] = _epoch;
        List<int> kept = [centre];
        var inner = new List<int>();
        List<int> frontier = [centre];
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            inner.AddRange(frontier);
            var room = cap - kept.Count;
            var next = new List<int>();
            if (frontier.Count == 1)
            {
                Merged(frontier[0], next, room + 1);
            }
            else
            {
                foreach (var u in frontier)
                {
                    Visit(_outOffsets, _outNeighbours, u, next);
                    Visit(_inOffsets, _inNeighbours, u, next);
                }
            }

            next.Sort();
            if (next.Count > room)
            {
                kept.AddRange(next.Take(room));
                if (level < depth)
                {
                    inner.AddRange(next.Take(room));
                }

                break;
            }

            kept.AddRange(next);
            frontier = next;
        }

        // Restamped: the level that did not fit marked entities that are not kept.
        _epoch++;
        foreach (var u in kept)
        {
            _stamp[u] = _epoch; // kept
        }

        foreach (var u in inner)
        {
            _stamp[u] = -_epoch; // kept and nearer than the depth
        }

        long relations = 0;
        foreach (var u in inner)
        {
            for (var i = _outOffsets[u]; i < _outOffsets[u + 1]; i++)
            {
                var v = _outNeighbours[i];
                if (_stamp[v] == _epoch || _stamp[v] == -_epoch)
                {
                    relations++;
                }
            }

            for (var i = _inOffsets[u]; i < _inOffsets[u + 1]; i++)
            {
                if (_stamp[_inNeighbours[i]] == _epoch)
                {
                    relations++;
                }
            }
        }

        NeighbourhoodRelations = relations;
        return kept.Count;

        void Visit(int[] offsets, int[] neighbours, int u, List<int> next)
        {
            for (var i = offsets[u]; i < offsets[u + 1]; i++)
            {
                var v = neighbours[i];
                if (_stamp[v] != _epoch)
                {
                    _stamp[v] = _epoch;
                    next.Add(v);
                }
            }
        }

        // The out- and in-row of one entity merged in neighbour order, stopping once `limit` new entities are found.
        void Merged(int u, List<int> next, int limit)
        {
            int a = _outOffsets[u], aEnd = _outOffsets[u + 1], b = _inOffsets[u], bEnd = _inOffsets[u + 1];
            while ((a < aEnd || b < bEnd) && next.Count < limit)
            {
                var v = b >= bEnd || (a < aEnd && _outNeighbours[a] <= _inNeighbours[b]) ? _outNeighbours[a++] : _inNeighbours[b++];
                if (_stamp[v] != _epoch)
                {
                    _stamp[v] = _epoch;
                    next.Add(v);
                }
            }
        }
    }

    private long Dfs(int u, int depth, int maxHops, bool[] isTarget)
    {
        long count = 0;
        var hopsLeft = maxHops - depth - 1;
        var previous = -1;
        for (var i = _outOffsets[u]; i < _outOffsets[u + 1]; i++)
        {
            var v = _outNeighbours[i];
            if (v == previous)
            {
                continue;
            }

            previous = v;
            if (_distance[v] == 0 || _distance[v] - 1 > hopsLeft || _onPath[v])
            {
                continue;
            }

            if (isTarget[v])
            {
                count++;
            }

            if (hopsLeft > 0)
            {
                _onPath[v] = true;
                count += Dfs(v, depth + 1, maxHops, isTarget);
                _onPath[v] = false;
            }
        }

        return count;
    }

    /// <summary>Fills distance + 1 to the nearest target (0 = further than <paramref name="depth"/>); returns the target bitmap.</summary>
    private bool[] BackwardDistances(IReadOnlyList<int> targets, int depth)
    {
        Array.Clear(_distance);
        var isTarget = new bool[_distance.Length];
        List<int> frontier = [];
        foreach (var t in targets)
        {
            isTarget[t] = true;
            _distance[t] = 1;
            frontier.Add(t);
        }

        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            var next = new List<int>();
            foreach (var u in frontier)
            {
                for (var i = _inOffsets[u]; i < _inOffsets[u + 1]; i++)
                {
                    var v = _inNeighbours[i];
                    if (_distance[v] == 0)
                    {
                        _distance[v] = (byte)(level + 1);
                        next.Add(v);
                    }
                }
            }

            frontier = next;
        }

        return isTarget;
    }
}
