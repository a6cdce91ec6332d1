using Throughline.Core.Index;

namespace Throughline.Core.Paths;

/// <summary>
/// Depth-first enumeration of every simple path from a source to a target of <c>minHops..maxHops</c> hops, sources and
/// neighbours in ascending id order (so a truncated search is still deterministic). A neighbour is skipped when it is
/// already on the path or when <see cref="DistanceBounds"/> shows no target is reachable within the hops left.
/// </summary>
internal sealed class PathSearch
{
    private readonly GraphIndex _index;
    private readonly Direction _direction;
    private readonly RelationFilter _filter;
    private readonly EntitySet _targets;
    private readonly DistanceBounds _bounds;
    private readonly SearchBudget _budget;
    private readonly PathCollector _collector;
    private readonly int _minHops;
    private readonly int _maxHops;
    private readonly int[] _path;
    private readonly double[] _confidence;

    public PathSearch(
        GraphIndex index, Direction direction, in RelationFilter filter, EntitySet targets, DistanceBounds bounds,
        SearchBudget budget, PathCollector collector, int minHops, int maxHops)
    {
        _index = index;
        _direction = direction;
        _filter = filter;
        _targets = targets;
        _bounds = bounds;
        _budget = budget;
        _collector = collector;
        _minHops = minHops;
        _maxHops = maxHops;
        _path = new int[maxHops + 1];
        _confidence = new double[maxHops + 1];
    }

    public void Run(EntitySet sources)
    {
        foreach (var source in sources.Members)
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
            Extend(0);
        }
    }

    private void Extend(int depth)
    {
        var groups = new NeighbourGroups(_index, _path[depth], _direction, _filter, _budget);
        var next = depth + 1;
        while (groups.MoveNext())
        {
            var v = groups.Neighbour;
            if (IsOnPath(v, depth))
            {
                continue;
            }

            var isTarget = _targets.Contains(v);
            if (!isTarget && next + _bounds.LowerBound(v) > _maxHops)
            {
                continue;
            }

            _path[next] = v;
            _confidence[next] = _confidence[depth] * groups.Confidence;
            if (isTarget && next >= _minHops)
            {
                _collector.Offer(_path.AsSpan(0, next + 1), _confidence[next]);
            }

            if (next < _maxHops)
            {
                Extend(next);
            }

            if (_budget.Exhausted)
            {
                return;
            }
        }
    }

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
