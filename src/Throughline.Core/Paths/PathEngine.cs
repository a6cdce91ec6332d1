using Throughline.Core.Index;

namespace Throughline.Core.Paths;

/// <summary>
/// Answers path queries over an immutable <see cref="GraphIndex"/> with the contract semantics (ARCHITECTURE.md
/// "Path semantics"). The work runs synchronously on the caller's thread; the returned tasks are already complete.
/// Safe for concurrent queries: all per-query state is local.
/// </summary>
public sealed partial class PathEngine(GraphIndex index, PathLimits? limits = null) : IPathQueries
{
    /// <summary>
    /// How many adjacency entries the backward distance search may read before it settles for weaker bounds; keeps a
    /// query whose targets sit next to hubs from scanning the whole graph up front.
    /// </summary>
    private const long BoundsWorkCap = 250_000;

    /// <summary>The one-pass attempt of <see cref="FindPathsAsync"/> gets this fraction (1/n) of the expansion budget.</summary>
    private const int OnePassShare = 4;

    public GraphIndex Index { get; } = index;

    public PathLimits Limits { get; } = limits ?? new PathLimits();

    /// <summary>Null (the default) lets each query choose its search direction; tests set it to exercise each direction.</summary>
    internal bool? ReverseSearch { get; init; }

    /// <summary>Rows at least this long are looked up at a path's last hop (see <see cref="LastHops"/>); tests set 0 to always do so.</summary>
    internal int LastHopLookUpFromDegree { get; init; } = PathSearch.DefaultLookUpFromDegree;

    /// <summary>Null lets the filter decide whether distance bounds read relation facts (see <see cref="DistanceBounds"/>); tests force each way.</summary>
    internal bool? BoundsReadFacts { get; init; }

    /// <summary>False runs <see cref="FindPathsAsync"/> level by level from the start (no one-pass attempt); tests compare both.</summary>
    internal bool OnePassFirst { get; init; } = true;

    /// <summary>
    /// All paths in contract order, one page. A single depth-first pass over every length runs first on a quarter of the
    /// budget; when it finishes, its paths are the whole answer. When it does not, the search runs level by level — every
    /// path of exactly 1 hop, then 2, … — so when the expansion budget runs out the levels already finished are complete:
    /// the page holds only paths of those levels (a prefix of the true answer), and the unfinished level's paths count
    /// towards a lower-bound total.
    /// </summary>
    public Task<PathPage> FindPathsAsync(PathQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ct.ThrowIfCancellationRequested();
        PathQueryValidation.Options(query.Options, Limits);
        PathQueryValidation.Count(query.First, "first", Limits);
        var after = query.After is null ? (PathOrder.Key?)null : PathOrder.Decode(query.After);
        var messages = new List<string>();
        var resolver = new SelectorResolver(Index);
        var sources = resolver.Resolve(query.From, "from", messages);
        var targets = resolver.Resolve(query.To, "to", messages);
        var collector = new PathCollector(Index, query.First + 1, after);
        var budget = new SearchBudget(Limits.ExpansionBudget, ct, query.Allowance);
        var completeHops = query.Options.MaxHops;
        if (sources.Count > 0 && targets.Count > 0)
        {
            using var plan = SearchPlan.Choose(Index, query.Options, sources, targets, BoundsWorkCap, ReverseSearch, lookUpFromDegree: LastHopLookUpFromDegree, boundsReadFacts: BoundsReadFacts);
            // First one pass over every length on a share of the budget: when it finishes, it has found exactly the paths
            // the level-by-level search finds, without walking the start's row and every shorter prefix once per length.
            // Only when it runs out does the level-by-level search run (with the whole query budget and what is left of the
            // request's allowance), so a truncated page is still a prefix of the true answer; such a query costs at most
            // 1/OnePassShare more work.
            var finished = false;
            if (OnePassFirst)
            {
                // A share of what this query may still spend: the request's allowance, shared with its other fields,
                // may hold less than a query's budget, and a pass that spent all of it would leave the levels nothing.
                var spendable = Math.Min(Limits.ExpansionBudget, query.Allowance?.Remaining ?? long.MaxValue);
                var onePass = new SearchBudget(spendable / OnePassShare, ct, query.Allowance);
                plan.Run(onePass, collector, minHops: 1, maxHops: query.Options.MaxHops);
                finished = !onePass.Exhausted;
            }

            if (!finished)
            {
                collector = new PathCollector(Index, query.First + 1, after);
                completeHops = plan.RunByLevels(budget, collector, query.Options.MaxHops);
            }
        }

        var materializer = new PathMaterializer(Index, query.Options.Direction, new RelationFilter(query.Options));
        var edges = collector.Sorted()
            .Where(found => found.Path.Length - 1 <= completeHops)
            .Take(query.First)
            .Select(found => materializer.Build(found.Path))
            .Select(path => new PathEdge(PathOrder.Cursor(path), path))
            .ToList();
        if (budget.Exhausted)
        {
            messages.Add(StoppedMessage(completeHops));
        }

        return Task.FromResult(new PathPage(
            edges, collector.AfterCursor > edges.Count, edges.LastOrDefault()?.Cursor, collector.Total, budget.Exhausted, messages,
            TotalCountIsExact: !budget.Exhausted));
    }

    private static string StoppedMessage(int completeHops) => completeHops == 0
        ? "The search stopped at its work budget before it had ranked every 1-hop path; no path is listed, and more may exist."
        : $"The search stopped at its work budget: every path of up to {completeHops} hop{(completeHops == 1 ? "" : "s")} is ranked, " +
          "longer ones may exist, and the total is a lower bound.";
}
