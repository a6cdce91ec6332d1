using Throughline.Core.Index;

namespace Throughline.Core.Paths;

/// <summary>
/// Decides which way to run the depth-first search. Both ends get a capped breadth-first search: backwards from the
/// targets (the bounds a forward search prunes with) and forwards from the sources (the bounds a backward search prunes
/// with). The search then starts from the end with the smaller fan-out (fewer adjacency entries to walk first), as a
/// bidirectional search expands its smaller frontier: a hub's huge row is then only probed against exact distances
/// from the far end instead of being walked. Both directions find exactly the same paths.
/// </summary>
internal sealed class SearchPlan : IDisposable
{
    private readonly GraphIndex _index;
    private readonly PathOptions _options;
    private readonly EntitySet _sources;
    private readonly EntitySet _targets;
    private readonly DistanceBounds _toTargets;
    private readonly DistanceBounds _fromSources;

    private SearchPlan(
        GraphIndex index, PathOptions options, EntitySet sources, EntitySet targets, DistanceBounds toTargets, DistanceBounds fromSources,
        bool reversed)
    {
        Reversed = reversed;
        _index = index;
        _options = options;
        _sources = sources;
        _targets = targets;
        _toTargets = toTargets;
        _fromSources = fromSources;
    }

    /// <summary>True when the search starts at the targets.</summary>
    public bool Reversed { get; }

    /// <param name="reverse">Null to choose by the bounds; tests force each direction to prove both give the same answers.</param>
    public static SearchPlan Choose(
        GraphIndex index, PathOptions options, EntitySet sources, EntitySet targets, long workCap, bool? reverse = null)
    {
        var filter = new RelationFilter(options);
        var depth = options.MaxHops - 1;
        var toTargets = DistanceBounds.Compute(index, targets, DistanceBounds.Reverse(options.Direction), filter, depth, workCap);
        var fromSources = DistanceBounds.Compute(index, sources, options.Direction, filter, depth, workCap);
        var fanOut = FanOut(index, sources, options.Direction);
        var fanIn = FanOut(index, targets, DistanceBounds.Reverse(options.Direction));
        return new SearchPlan(index, options, sources, targets, toTargets, fromSources, reverse ?? fanIn < fanOut);
    }

    public void Run(SearchBudget budget, PathCollector collector, int minHops, int maxHops)
    {
        var filter = new RelationFilter(_options);
        var search = Reversed
            ? new PathSearch(_index, _options.Direction, reversed: true, filter, _sources, _fromSources, budget, collector, minHops, maxHops)
            : new PathSearch(_index, _options.Direction, reversed: false, filter, _targets, _toTargets, budget, collector, minHops, maxHops);
        search.Run(Reversed ? _targets : _sources);
    }

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

    public void Dispose()
    {
        _toTargets.Dispose();
        _fromSources.Dispose();
    }
}
