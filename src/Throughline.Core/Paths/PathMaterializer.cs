using Throughline.Core.Index;

namespace Throughline.Core.Paths;

/// <summary>
/// Turns a path of dense ids into the contract's <see cref="GraphPath"/>: each hop's qualifying relations (both
/// directions for ANY) in ordinal id order, its best confidence, its disputed flag, and the path's product confidence
/// computed in the same order as the search computed it.
/// </summary>
internal sealed class PathMaterializer(GraphIndex index, Direction direction, RelationFilter filter)
{
    /// <summary>Hops built so far: a page's paths share most of theirs (the same first hop out of a hub, the same last hop into a target).</summary>
    private readonly Dictionary<long, PathHop> _hops = [];

    public GraphPath Build(ReadOnlySpan<int> path)
    {
        var hops = new PathHop[path.Length - 1];
        var confidence = 1.0;
        var weakest = 0;
        for (var i = 0; i < hops.Length; i++)
        {
            var key = ((long)path[i] << 32) | (uint)path[i + 1];
            if (!_hops.TryGetValue(key, out var hop))
            {
                _hops[key] = hop = Hop(path[i], path[i + 1]);
            }

            hops[i] = hop;
            confidence *= hops[i].Confidence;
            if (hops[i].Confidence < hops[weakest].Confidence)
            {
                weakest = i;
            }
        }

        var ids = new string[path.Length];
        for (var i = 0; i < path.Length; i++)
        {
            ids[i] = index.EntityId(path[i]);
        }

        return new GraphPath(ids, hops, confidence, weakest, hops.Any(h => h.Disputed));
    }

    /// <summary>The qualifying relations from <paramref name="from"/> to <paramref name="to"/> in the traversal direction.</summary>
    public List<int> Relations(int from, int to)
    {
        var relations = new List<int>();
        if (direction != Direction.Incoming)
        {
            Collect(index.Outgoing, from, to, relations);
        }

        if (direction != Direction.Outgoing)
        {
            Collect(index.Incoming, from, to, relations);
        }

        return relations;
    }

    private PathHop Hop(int from, int to)
    {
        var relations = Relations(from, to);
        var best = relations.Max(r => index.FactsOf(r).Confidence);
        var disputed = !relations.Any(r => index.FactsOf(r).IsSolid);
        var ids = relations.Select(index.RelationId).ToArray();
        OrdinalSort.Sort(ids);
        var contested = relations.Any(r => index.FactsOf(r).Contested);
        return new PathHop(index.EntityId(from), index.EntityId(to), ids, best, disputed, contested);
    }

    private void Collect(Adjacency adjacency, int from, int to, List<int> relations)
    {
        var neighbours = adjacency.NeighboursOf(from);
        var rows = adjacency.RelationsOf(from);
        var i = LowerBound(neighbours, to);
        for (; i < neighbours.Length && neighbours[i] == to; i++)
        {
            if (filter.Qualifies(index.FactsOf(rows[i])))
            {
                relations.Add(rows[i]);
            }
        }
    }

    /// <summary>The first position in <paramref name="sorted"/> whose value is not below <paramref name="value"/>.</summary>
    public static int LowerBound<T>(ReadOnlySpan<T> sorted, T value)
        where T : System.Numerics.IComparisonOperators<T, T, bool>
    {
        var low = 0;
        var high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sorted[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
