using Throughline.Core.Paths;

namespace Throughline.Storage.Contract;

public sealed partial class PathsReference
{
    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        CheckNeighbourhood(query);
        RequireIds([query.EntityId]);
        var qualifying = graph.Relations.Where(query.Options.Qualifies).ToList();
        var depthOf = new Dictionary<string, int>(StringComparer.Ordinal) { [query.EntityId] = 0 };
        var truncated = false;
        var frontier = new List<string> { query.EntityId };
        for (var depth = 1; depth <= query.Depth && !truncated; depth++)
        {
            var level = frontier
                .SelectMany(u => qualifying.SelectMany(r => Steps(r, u, query.Options.Direction)))
                .Where(v => !depthOf.ContainsKey(v))
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToList();
            var room = query.MaxEntities - depthOf.Count;
            truncated = level.Count > room;
            frontier = level.Take(room).ToList();
            frontier.ForEach(v => depthOf[v] = depth);
        }

        var relations = qualifying
            .Where(r => depthOf.Where(d => d.Value < query.Depth)
                .Any(d => Steps(r, d.Key, query.Options.Direction).Any(depthOf.ContainsKey)))
            .Select(r => r.Id)
            .Order(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(new Subgraph(depthOf.Keys.Order(StringComparer.Ordinal).ToList(), relations, truncated));
    }

    private void CheckOptions(PathOptions options)
    {
        if (options.MaxHops < 1)
        {
            throw new PathQueryException(PathQueryException.BadUserInput, "maxHops must be at least 1.");
        }

        if (options.MaxHops > _limits.MaxHops)
        {
            throw new PathQueryException(PathQueryException.LimitExceeded, "maxHops exceeds the limit.");
        }
    }

    private void CheckCount(int count)
    {
        if (count < 0)
        {
            throw new PathQueryException(PathQueryException.BadUserInput, "count must not be negative.");
        }

        if (count > _limits.MaxPageSize)
        {
            throw new PathQueryException(PathQueryException.LimitExceeded, "count exceeds the page-size limit.");
        }
    }

    private void CheckNeighbourhood(NeighbourhoodQuery query)
    {
        if (query.Depth < 0 || query.MaxEntities < 1)
        {
            throw new PathQueryException(PathQueryException.BadUserInput, "depth must not be negative and maxEntities must be positive.");
        }

        if (query.Depth > _limits.MaxHops || query.MaxEntities > _limits.MaxNeighbourhoodEntities)
        {
            throw new PathQueryException(PathQueryException.LimitExceeded, "depth or maxEntities exceeds its limit.");
        }
    }
}
