using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Storage.Contract;

/// <summary>
/// A brute-force implementation of the path semantics, written to be obviously correct rather than fast: it enumerates
/// every simple path over plain <see cref="Relation"/> records with <see cref="PathOptions.Qualifies"/>, sorts with
/// <see cref="PathOrder"/> and pages with its cursors. Engines are compared against it on random graphs; it never
/// truncates, so compare only queries that stay within the engine's expansion budget.
/// </summary>
public sealed partial class PathsReference(GraphSnapshot graph, PathLimits? limits = null) : IPathQueries
{
    private readonly PathLimits _limits = limits ?? new PathLimits();
    private readonly Dictionary<string, Entity> _entities = graph.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

    public Task<PathPage> FindPathsAsync(PathQuery query, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        CheckOptions(query.Options);
        CheckCount(query.First);
        var messages = new List<string>();
        var from = Select(query.From, "from", messages);
        var to = Select(query.To, "to", messages);
        var all = AllPaths(from, to, query.Options);
        all.Sort(PathOrder.Compare);
        var after = query.After is null ? all : all.Where(p => PathOrder.IsAfter(p, query.After)).ToList();
        var page = after.Take(query.First).Select(p => new PathEdge(PathOrder.Cursor(p), p)).ToList();
        return Task.FromResult(new PathPage(page, after.Count > query.First, page.LastOrDefault()?.Cursor, all.Count, false, messages, TotalCountIsExact: true));
    }

    public Task<ShortestPathsResult> FindShortestPathsAsync(ShortestPathQuery query, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        CheckOptions(query.Options);
        CheckCount(query.Limit);
        var messages = new List<string>();
        var from = Select(query.From, "from", messages);
        var to = Select(query.To, "to", messages);
        var all = AllPaths(from, to, query.Options);
        var shortest = all.Count == 0 ? [] : all.Where(p => p.Length == all.Min(q => q.Length)).ToList();
        shortest.Sort(PathOrder.Compare);
        return Task.FromResult(new ShortestPathsResult(shortest.Take(query.Limit).ToList(), false, messages));
    }

    private List<GraphPath> AllPaths(HashSet<string> from, HashSet<string> to, PathOptions options)
    {
        var qualifying = graph.Relations.Where(options.Qualifies).ToList();
        var found = new List<GraphPath>();
        foreach (var source in from)
        {
            Walk([source]);
        }

        return found;

        void Walk(List<string> path)
        {
            if (path.Count - 1 == options.MaxHops)
            {
                return;
            }

            var here = path[^1];
            var steps = qualifying
                .SelectMany(r => Steps(r, here, options.Direction).Select(next => (Next: next, Relation: r)))
                .Where(s => !path.Contains(s.Next))
                .GroupBy(s => s.Next, s => s.Relation);
            foreach (var step in steps)
            {
                var longer = path.Append(step.Key).ToList();
                if (to.Contains(step.Key))
                {
                    found.Add(ToPath(longer, qualifying, options.Direction));
                }

                Walk(longer);
            }
        }
    }

    /// <summary>Where relation <paramref name="r"/> leads from <paramref name="here"/> in the direction (none, one or — for a self-loop under ANY — both ends).</summary>
    private static IEnumerable<string> Steps(Relation r, string here, Direction direction)
    {
        if (direction != Direction.Incoming && r.From == here)
        {
            yield return r.To;
        }
        else if (direction != Direction.Outgoing && r.To == here)
        {
            yield return r.From;
        }
    }

    private static GraphPath ToPath(List<string> ids, List<Relation> qualifying, Direction direction)
    {
        var hops = new List<PathHop>();
        for (var i = 0; i + 1 < ids.Count; i++)
        {
            var relations = qualifying.Where(r => Steps(r, ids[i], direction).Contains(ids[i + 1])).ToList();
            hops.Add(new PathHop(
                ids[i],
                ids[i + 1],
                relations.Select(r => r.Id).Order(StringComparer.Ordinal).ToList(),
                relations.Max(r => r.Confidence),
                !relations.Any(r => r.Status is RelationStatus.Reported or RelationStatus.Confirmed)));
        }

        var confidence = 1.0;
        foreach (var hop in hops)
        {
            confidence *= hop.Confidence;
        }

        var weakest = hops.FindIndex(h => h.Confidence == hops.Min(x => x.Confidence));
        return new GraphPath(ids, hops, confidence, weakest, hops.Any(h => h.Disputed));
    }
}
