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
    private readonly LastHops _lastHops;

    private SearchPlan(
        GraphIndex index, PathOptions options, EntitySet starts, EntitySet ends, DistanceBounds toEnds, bool reversed, LastHops intoEnds)
    {
        _index = index;
        _options = options;
        _starts = starts;
        _ends = ends;
        _toEnds = toEnds;
        Reversed = reversed;
        _lastHops = intoEnds;
    }

    /// <summary>Rows at least this long are looked up in <see cref="LastHops"/> at the last hop; tests set 0 to use it everywhere.</summary>
    public int LookUpFromDegree { get; private init; } = PathSearch.DefaultLookUpFromDegree;

    /// <summary>True when the search starts at the targets.</summary>
    public bool Reversed { get; }

    /// <param name="reverse">Null to choose by fan-out; tests force each direction to prove both give the same answers.</param>
    /// <param name="lookUpFromDegree">See <see cref="LookUpFromDegree"/>.</param>
    /// <param name="shortestOnly">
    /// The search stops at the first length that has paths (shortest paths): the forward search with exact bounds then
    /// reads only rows on shortest routes, so it is taken whenever the exact bounds are there, without weighing the
    /// longer lengths it will not search.
    /// </param>
    /// <param name="boundsReadFacts">See <see cref="DistanceBounds.Compute"/>'s readFacts (null: by the filter).</param>
    public static SearchPlan Choose(
        GraphIndex index, PathOptions options, EntitySet sources, EntitySet targets, long workCap, bool? reverse = null,
        bool shortestOnly = false, int lookUpFromDegree = PathSearch.DefaultLookUpFromDegree, bool? boundsReadFacts = null)
    {
        var filter = new RelationFilter(options);
        var backwards = DistanceBounds.Reverse(options.Direction);
        var depth = options.MaxHops - 1;
        var reversed = reverse ?? FanOut(index, targets, backwards) < FanOut(index, sources, options.Direction);
        if (reverse is null && reversed)
        {
            // Exact distances to the targets, when the breadth-first search out of the (few) targets finishes within the
            // cap, let a forward search from the sources expand only entities that still lie on some path, at the price of
            // a scan of the sources' (large) rows. The backward search reads about the rows that breadth-first search
            // read (its last hop into the sources is looked up, see LastHops); the forward one reads the sources' rows and
            // those of their neighbours still in reach: the cheaper wins.
            var intoTargets = new LastHops(index, targets, options.Direction, filter);
            // Shortest paths need the bounds only as far as the nearest source: that length (or the next) is searched first.
            var exact = DistanceBounds.Compute(
                index, targets, backwards, filter, depth, workCap, intoTargets, boundsReadFacts, stopAt: shortestOnly ? sources : null);
            if ((exact.CompletedDepth >= depth || exact.ReachedStop)
                && (shortestOnly || ForwardWork(index, options, sources, exact, limit: exact.Work) < exact.Work))
            {
                return new SearchPlan(index, options, sources, targets, exact, reversed: false, intoTargets)
                {
                    LookUpFromDegree = lookUpFromDegree,
                };
            }

            exact.Dispose();
            intoTargets.Dispose();
        }

        var (starts, ends) = reversed ? (targets, sources) : (sources, targets);
        var intoEnds = new LastHops(index, ends, reversed ? backwards : options.Direction, filter);
        // The bounds walk from the ends towards the starts: against the search's own direction.
        var toEnds = DistanceBounds.Compute(
            index, ends, reversed ? options.Direction : backwards, filter, depth, workCap, intoEnds, boundsReadFacts, stopAt: shortestOnly ? starts : null);
        return new SearchPlan(index, options, starts, ends, toEnds, reversed, intoEnds) { LookUpFromDegree = lookUpFromDegree };
    }

    public void Run(SearchBudget budget, PathCollector collector, int minHops, int maxHops) =>
        new PathSearch(
            _index, _options.Direction, Reversed, new RelationFilter(_options), _ends, _toEnds, budget, collector, minHops, maxHops, _successors, _lastHops,
            LookUpFromDegree)
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

    public void Dispose()
    {
        _toEnds.Dispose();
        _lastHops.Dispose();
    }

    /// <summary>
    /// Adjacency entries a forward search with exact bounds reads in its first two levels: the sources' rows and the rows
    /// of their neighbours that can still reach a target. Counting stops past <paramref name="limit"/>.
    /// </summary>
    private static long ForwardWork(GraphIndex index, PathOptions options, EntitySet sources, DistanceBounds exact, long limit)
    {
        long entries = 0;
        foreach (var s in sources.Members)
        {
            if (options.Direction != Direction.Incoming)
            {
                entries = InReach(index.Outgoing.NeighboursOf(s), entries);
            }

            if (options.Direction != Direction.Outgoing)
            {
                entries = InReach(index.Incoming.NeighboursOf(s), entries);
            }
        }

        return entries;

        long InReach(ReadOnlySpan<int> row, long entries)
        {
            entries += row.Length;
            foreach (var x in row)
            {
                if (entries > limit)
                {
                    break;
                }

                if (exact.LowerBound(x) <= options.MaxHops - 1)
                {
                    entries += index.Degree(x, options.Direction);
                }
            }

            return entries;
        }
    }

    private static long FanOut(GraphIndex index, EntitySet entities, Direction walk)
    {
        long entries = 0;
        foreach (var e in entities.Members)
        {
            entries += index.Degree(e, walk);
        }

        return entries;
    }
}
