using Throughline.Core.Index;

namespace Throughline.Core.Paths;

/// <summary>
/// Decides which way to run the depth-first search and computes the distance bounds it prunes with. The search starts
/// from the end with the smaller fan-out (fewer adjacency entries to walk first), as a bidirectional search expands its
/// smaller frontier; the bounds come from a capped breadth-first search out of the other end. So a query from a hub to
/// a few targets walks backwards from the targets and only probes the hub's huge row as exact distance-1 bounds,
/// instead of walking it — unless a capped breadth-first search out of the targets gives exact distances for every hop
/// that matters, in which case the forward search from the hub is pruned exactly and wins. Both directions find
/// exactly the same paths.
/// </summary>
internal sealed class SearchPlan : IDisposable
{
    private readonly GraphIndex _index;
    private readonly PathOptions _options;
    private readonly EntitySet _starts;
    private readonly EntitySet _ends;
    private readonly DistanceBounds _toEnds;
    private readonly SuccessorCache _successors = new();

    private SearchPlan(GraphIndex index, PathOptions options, EntitySet starts, EntitySet ends, DistanceBounds toEnds, bool reversed)
    {
        _index = index;
        _options = options;
        _starts = starts;
        _ends = ends;
        _toEnds = toEnds;
        Reversed = reversed;
    }

    /// <summary>True when the search starts at the targets.</summary>
    public bool Reversed { get; }

    /// <param name="reverse">Null to choose by fan-out; tests force each direction to prove both give the same answers.</param>
    public static SearchPlan Choose(
        GraphIndex index, PathOptions options, EntitySet sources, EntitySet targets, long workCap, bool? reverse = null)
    {
        var backwards = DistanceBounds.Reverse(options.Direction);
        var reversed = reverse ?? FanOut(index, targets, backwards) < FanOut(index, sources, options.Direction);
        if (reverse is null && reversed
            && TryExactBoundsToTargets(index, options, targets, backwards, workCap) is { } exact)
        {
            return new SearchPlan(index, options, sources, targets, exact, reversed: false);
        }

        var (starts, ends) = reversed ? (targets, sources) : (sources, targets);
        // The bounds walk from the ends towards the starts: against the search's own direction.
        var toEnds = DistanceBounds.Compute(
            index, ends, reversed ? options.Direction : backwards, new RelationFilter(options), options.MaxHops - 1, workCap);
        return new SearchPlan(index, options, starts, ends, toEnds, reversed);
    }

    /// <summary>
    /// Distances to the targets that are exact for every hop count a path can still use, when the breadth-first search
    /// out of the (few) targets finishes within the work cap; otherwise null. Walking backwards from a few targets
    /// towards a hub prunes only at the last hop (the capped search out of the hub finishes one level), so it reads every
    /// row two hops from the targets; walking forwards from the hub with exact bounds expands only entities that still
    /// lie on some path, at the price of one sequential scan of the hub's row.
    /// </summary>
    private static DistanceBounds? TryExactBoundsToTargets(
        GraphIndex index, PathOptions options, EntitySet targets, Direction backwards, long workCap)
    {
        var depth = options.MaxHops - 1;
        var bounds = DistanceBounds.Compute(index, targets, backwards, new RelationFilter(options), depth, workCap);
        if (bounds.CompletedDepth >= depth)
        {
            return bounds;
        }

        bounds.Dispose();
        return null;
    }

    public void Run(SearchBudget budget, PathCollector collector, int minHops, int maxHops) =>
        new PathSearch(
            _index, _options.Direction, Reversed, new RelationFilter(_options), _ends, _toEnds, budget, collector, minHops, maxHops, _successors)
            .Run(_starts);

    /// <summary>
    /// Searches for paths of exactly 1 hop, then 2, … up to <paramref name="maxHops"/>, stopping when the budget runs out;
    /// returns how many levels were searched to the end (every path of at most that many hops was offered).
    /// </summary>
    public int RunByLevels(SearchBudget budget, PathCollector collector, int maxHops)
    {
        for (var hops = 1; hops <= maxHops; hops++)
        {
            Run(budget, collector, minHops: hops, maxHops: hops);
            if (budget.Exhausted)
            {
                return hops - 1;
            }
        }

        return maxHops;
    }

    public void Dispose() => _toEnds.Dispose();

    private static long FanOut(GraphIndex index, EntitySet entities, Direction walk)
    {
        long entries = 0;
        foreach (var e in entities.Members)
        {
            entries += walk switch
            {
                Direction.Outgoing => index.Outgoing.Degree(e),
                Direction.Incoming => index.Incoming.Degree(e),
                _ => index.Outgoing.Degree(e) + index.Incoming.Degree(e),
            };
        }

        return entries;
    }
}
