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

    public GraphIndex Index { get; } = index;

    public PathLimits Limits { get; } = limits ?? new PathLimits();

    /// <summary>Null (the default) lets each query choose its search direction; tests set it to exercise each direction.</summary>
    internal bool? ReverseSearch { get; init; }

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
        var budget = new SearchBudget(Limits.ExpansionBudget, ct);
        if (sources.Count > 0 && targets.Count > 0)
        {
            using var plan = SearchPlan.Choose(Index, query.Options, sources, targets, BoundsWorkCap, ReverseSearch);
            plan.Run(budget, collector, minHops: 1, maxHops: query.Options.MaxHops);
        }

        var materializer = new PathMaterializer(Index, query.Options.Direction, new RelationFilter(query.Options));
        var edges = collector.Sorted().Take(query.First)
            .Select(found => materializer.Build(found.Path))
            .Select(path => new PathEdge(PathOrder.Cursor(path), path))
            .ToList();
        return Task.FromResult(new PathPage(
            edges, collector.AfterCursor > query.First, edges.LastOrDefault()?.Cursor, collector.Total, budget.Exhausted, messages));
    }
}
