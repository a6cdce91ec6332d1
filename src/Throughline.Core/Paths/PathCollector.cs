using Throughline.Core.Index;

namespace Throughline.Core.Paths;

/// <summary>
/// Counts every path the search finds and keeps only the best few after the cursor, in contract order
/// (<see cref="PathOrder"/>), in a bounded heap whose top is the worst kept path. Dense ids compare like the ordinal
/// string ids they stand for, so ordering never touches strings except against a cursor.
/// </summary>
internal sealed class PathCollector
{
    private readonly GraphIndex _index;
    private readonly int _keep;
    private readonly PathOrder.Key? _after;
    private readonly double _afterConfidence;
    private readonly PriorityQueue<Found, Found> _heap;

    public PathCollector(GraphIndex index, int keep, PathOrder.Key? after)
    {
        _index = index;
        _keep = keep;
        _after = after;
        _afterConfidence = after is { } key ? Math.Round(key.Confidence, 9) : 0;
        _heap = new PriorityQueue<Found, Found>(Comparer<Found>.Create((a, b) => Compare(b.Path, b.Rounded, a.Path, a.Rounded)));
    }

    public int Total { get; private set; }

    /// <summary>Paths found that come after the cursor (all of them without one).</summary>
    public int AfterCursor { get; private set; }

    public void Offer(ReadOnlySpan<int> path, double confidence)
    {
        Total++;
        var rounded = Math.Round(confidence, 9);
        if (_after is { } after && CompareToCursor(path, rounded, after) <= 0)
        {
            return;
        }

        AfterCursor++;
        if (_keep == 0)
        {
            return;
        }

        if (_heap.Count < _keep)
        {
            var found = new Found(path.ToArray(), confidence, rounded);
            _heap.Enqueue(found, found);
        }
        else if (Compare(path, rounded, _heap.Peek().Path, _heap.Peek().Rounded) < 0)
        {
            var found = new Found(path.ToArray(), confidence, rounded);
            _heap.DequeueEnqueue(found, found);
        }
    }

    /// <summary>The kept paths, best first.</summary>
    public List<Found> Sorted()
    {
        var kept = _heap.UnorderedItems.Select(i => i.Element).ToList();
        kept.Sort((a, b) => Compare(a.Path, a.Rounded, b.Path, b.Rounded));
        return kept;
    }

    private int Compare(ReadOnlySpan<int> a, double aRounded, ReadOnlySpan<int> b, double bRounded)
    {
        var byHops = a.Length.CompareTo(b.Length);
        if (byHops != 0)
        {
            return byHops;
        }

        var byConfidence = bRounded.CompareTo(aRounded);
        if (byConfidence != 0 || !_index.HasAddedEntities)
        {
            return byConfidence != 0 ? byConfidence : a.SequenceCompareTo(b);
        }

        // Entities added since the index's arrays were built have dense ids out of id order: compare those by id.
        for (var i = 0; i < a.Length; i++)
        {
            var byId = _index.CompareEntities(a[i], b[i]);
            if (byId != 0)
            {
                return byId;
            }
        }

        return 0;
    }

    /// <summary>Same comparison as <see cref="PathOrder"/>'s, between a found path and a decoded cursor.</summary>
    private int CompareToCursor(ReadOnlySpan<int> path, double rounded, PathOrder.Key after)
    {
        var byHops = (path.Length - 1).CompareTo(after.Hops);
        if (byHops != 0)
        {
            return byHops;
        }

        var byConfidence = _afterConfidence.CompareTo(rounded);
        if (byConfidence != 0)
        {
            return byConfidence;
        }

        for (var i = 0; i < Math.Min(path.Length, after.Ids.Count); i++)
        {
            var byId = string.CompareOrdinal(_index.EntityId(path[i]), after.Ids[i]);
            if (byId != 0)
            {
                return byId;
            }
        }

        return path.Length.CompareTo(after.Ids.Count);
    }

    internal sealed record Found(int[] Path, double Confidence, double Rounded);
}
