using Throughline.Core.Index;

namespace Throughline.Core.Paths;

/// <summary>
/// Depth-first enumeration of every simple path from a source to a target of <c>minHops..maxHops</c> hops, start
/// entities and neighbours in ascending id order (so a truncated search is still deterministic). A neighbour is skipped
/// when it is already on the path or when <see cref="DistanceBounds"/> shows the far end is out of reach in the hops left.
/// When <c>reversed</c>, the search starts at the targets and walks relations backwards towards the sources (cheaper
/// when the sources are hubs); each path found is turned round before it is offered, so callers see no difference.
/// </summary>
internal sealed class PathSearch
{
    /// <summary>Rows shorter than this are walked at the last hop too: a few entries cost less than a binary search.</summary>
    public const int DefaultLookUpFromDegree = 16;

    private readonly GraphIndex _index;
    private readonly Direction _direction;
    private readonly RelationFilter _filter;
    private readonly EntitySet _targets;
    private readonly DistanceBounds _bounds;
    private readonly SearchBudget _budget;
    private readonly PathCollector _collector;
    private readonly int _minHops;
    private readonly int _maxHops;
    private readonly bool _reversed;
    private readonly int[] _path;
    private readonly double[] _hopConfidence;
    private readonly double[] _confidence;
    private readonly int[] _turned;
    private readonly int[] _endsOnPath;
    private readonly SuccessorCache _cache;
    private readonly LastHops? _lastHops;
    private readonly int _lookUpFromDegree;
    private readonly List<int> _keptNeighbours = [];
    private readonly List<double> _keptConfidence = [];

    /// <param name="ends">The entities paths end at (the sources when <paramref name="reversed"/>).</param>
    /// <param name="bounds">Distances to <paramref name="ends"/>, walking the same way as the search.</param>
    public PathSearch(
        GraphIndex index, Direction direction, bool reversed, in RelationFilter filter, EntitySet ends, DistanceBounds bounds,
        SearchBudget budget, PathCollector collector, int minHops, int maxHops, SuccessorCache? cache = null, LastHops? lastHops = null,
        int lookUpFromDegree = DefaultLookUpFromDegree)
    {
        _cache = cache ?? new SuccessorCache();
        _lastHops = lastHops;
        _lookUpFromDegree = lookUpFromDegree;
        _index = index;
        _reversed = reversed;
        _direction = reversed ? DistanceBounds.Reverse(direction) : direction;
        _filter = filter;
        _targets = ends;
        _bounds = bounds;
        _budget = budget;
        _collector = collector;
        _minHops = minHops;
        _maxHops = maxHops;
        _path = new int[maxHops + 1];
        _hopConfidence = new double[maxHops + 1];
        _confidence = new double[maxHops + 1];
        _turned = new int[maxHops + 1];
        _endsOnPath = new int[maxHops + 1];
    }

    /// <param name="starts">The entities paths start at (the targets when reversed).</param>
    public void Run(EntitySet starts)
    {
        foreach (var source in starts.Members)
        {
            if (_budget.Exhausted)
            {
                return;
            }

            // A source that is itself a target still needs a hop to another target, so its bound of 0 says nothing.
            if (!_targets.Contains(source) && _bounds.LowerBound(source) > _maxHops)
            {
                continue;
            }

            _path[0] = source;
            _confidence[0] = 1.0;
            _endsOnPath[0] = _targets.Contains(source) ? 1 : 0;
            if (_endsOnPath[0] < _targets.Count)
            {
                Extend(0);
            }
        }
    }

    private void Extend(int depth)
    {
        var next = depth + 1;
        var u = _path[depth];
        var hopsLeft = _maxHops - next;
        if (hopsLeft == 0 && _lastHops is not null && Degree(u) >= _lookUpFromDegree && _lastHops.TryFind(u, out var first, out var end))
        {
            // The last hop can only land on an end: look those up rather than walk the row for them.
            // Charged as the work it is (the probes and the hops found), so a budget buys about as much time as a walk's.
            if (!_budget.Spend(_lastHops.ProbeCost + end - first))
            {
                return;
            }

            for (var i = first; i < end; i++)
            {
                if (_lastHops.TryHop(i, out var confidence) && !Step(depth, _lastHops.End(i), confidence))
                {
                    return;
                }
            }

            return;
        }

        if (_cache.TryGet(u, hopsLeft, out var kept))
        {
            for (var i = 0; i < kept.Neighbours.Length; i++)
            {
                if (!_budget.Spend(1) || !Step(depth, kept.Neighbours[i], kept.Confidence[i]))
                {
                    return;
                }
            }

            return;
        }

        // A neighbour that cannot reach an end in the hops left is passed over before its relations are read.
        var groups = new NeighbourGroups<DistanceBounds.OutOfReach>(
            _index, u, _direction, _filter, _budget, _bounds.Beyond(_targets, hopsLeft));
        if (groups.RowLength < SuccessorCache.MinDegree)
        {
            while (groups.MoveNext())
            {
                if (!Step(depth, groups.Neighbour, groups.Confidence))
                {
                    return;
                }
            }

            return;
        }

        // A hub: collect its reachable hops first (the recursion below reuses the scratch lists, so copy them out), keep
        // them for every later partial path through it, then walk them.
        _keptNeighbours.Clear();
        _keptConfidence.Clear();
        while (groups.MoveNext())
        {
            _keptNeighbours.Add(groups.Neighbour);
            _keptConfidence.Add(groups.Confidence);
        }

        if (_budget.Exhausted)
        {
            return; // the row was not read to its end: keeping it would hide hops from later lengths
        }

        kept = new Successors([.. _keptNeighbours], [.. _keptConfidence]);
        _cache.Add(u, hopsLeft, kept);
        for (var i = 0; i < kept.Neighbours.Length; i++)
        {
            if (!Step(depth, kept.Neighbours[i], kept.Confidence[i]))
            {
                return;
            }
        }
    }

    /// <summary>Puts <paramref name="v"/> on the path after position <paramref name="depth"/>; false once the budget is spent.</summary>
    private bool Step(int depth, int v, double hopConfidence)
    {
        var next = depth + 1;
        if (IsOnPath(v, depth))
        {
            return true;
        }

        var isTarget = _targets.Contains(v);
        if (!isTarget && next + _bounds.LowerBound(v) > _maxHops)
        {
            return true;
        }

        _path[next] = v;
        _hopConfidence[next] = hopConfidence;
        _confidence[next] = _confidence[depth] * hopConfidence;
        if (isTarget && next >= _minHops)
        {
            Offer(next);
        }

        // A path is simple, so once every end is on it no longer path can end at one: a query into a single hub would
        // otherwise walk on through the hub's whole row after every route that reaches it early.
        _endsOnPath[next] = _endsOnPath[depth] + (isTarget ? 1 : 0);
        if (next < _maxHops && _endsOnPath[next] < _targets.Count)
        {
            Extend(next);
        }

        return !_budget.Exhausted;
    }

    /// <summary>Offers the path of <paramref name="hops"/> hops, in source-to-target order with its confidence multiplied in that order.</summary>
    private void Offer(int hops)
    {
        if (!_reversed)
        {
            _collector.Offer(_path.AsSpan(0, hops + 1), _confidence[hops]);
            return;
        }

        var confidence = 1.0;
        for (var i = 0; i <= hops; i++)
        {
            _turned[i] = _path[hops - i];
        }

        for (var i = hops; i >= 1; i--)
        {
            confidence *= _hopConfidence[i];
        }

        _collector.Offer(_turned.AsSpan(0, hops + 1), confidence);
    }

    private int Degree(int entity) => _index.Degree(entity, _direction);

    private bool IsOnPath(int entity, int depth)
    {
        for (var i = 0; i <= depth; i++)
        {
            if (_path[i] == entity)
            {
                return true;
            }
        }

        return false;
    }
}
