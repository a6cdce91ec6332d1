namespace Throughline.Core.Paths;

public sealed partial class PathEngine
{
    /// <summary>
    /// Every path of the fewest hops (≤ maxHops) from a source to a target, best <see cref="ShortestPathQuery.Limit"/>
    /// first in contract order. Found by iterative deepening: a search for exactly 1 hop, then 2, … until one finds a path,
    /// each pruned by the same backward distance bounds. When the budget runs out during a length, nothing of that length is
    /// listed (the best of them are unknown) and the result is truncated. Shortest paths are simple and meet the selectors only at their
    /// ends, so they are exactly the contract paths of that length.
    /// </summary>
    public Task<ShortestPathsResult> FindShortestPathsAsync(ShortestPathQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ct.ThrowIfCancellationRequested();
        PathQueryValidation.Options(query.Options, Limits);
        PathQueryValidation.Count(query.Limit, "limit", Limits);
        var messages = new List<string>();
        var resolver = new SelectorResolver(Index);
        var sources = resolver.Resolve(query.From, "from", messages);
        var targets = resolver.Resolve(query.To, "to", messages);
        var budget = new SearchBudget(Limits.ExpansionBudget, ct, query.Allowance);
        var found = new List<PathCollector.Found>();
        if (sources.Count > 0 && targets.Count > 0)
        {
            using var plan = SearchPlan.Choose(Index, query.Options, sources, targets, BoundsWorkCap, ReverseSearch, shortestOnly: true, LastHopLookUpFromDegree, BoundsReadFacts);
            for (var hops = 1; hops <= query.Options.MaxHops && !budget.Exhausted; hops++)
            {
                var collector = new PathCollector(Index, query.Limit, after: null);
                plan.Run(budget, collector, minHops: hops, maxHops: hops);
                if (budget.Exhausted)
                {
                    // Paths of this length were not all seen, so the best of them are unknown: report none rather than some.
                    messages.Add($"The search stopped at its work budget while ranking {hops}-hop paths; no path of fewer hops exists, and none is listed.");
                    break;
                }

                if (collector.Total > 0)
                {
                    found = collector.Sorted();
                    break;
                }
            }
        }

        var materializer = new PathMaterializer(Index, query.Options.Direction, new RelationFilter(query.Options));
        var paths = found.Select(f => materializer.Build(f.Path)).ToList();
        return Task.FromResult(new ShortestPathsResult(paths, budget.Exhausted, messages));
    }
}
