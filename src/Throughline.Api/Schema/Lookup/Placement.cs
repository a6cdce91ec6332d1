using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Api.Schema.Lookup;

/// <summary>
/// The placement context of a path page: from its end entities up to the `to.locatedIn` places, over LOCATED_IN and
/// OPERATES_IN relations that are not denied or retracted and over the places' own nesting, keeping only the steps that
/// lead to one of those places. This is why an end entity counts as "in Xinjiang", drawn beside the routes.
/// </summary>
internal static class Placement
{
    private const int MaxLevels = 12;
    private const int MaxRelationsPerEntity = 500;
    private static readonly RelationType[] PlacementTypes = [RelationType.LocatedIn, RelationType.OperatesIn];

    public static async Task<Subgraph> OfAsync(PathPage page, IGraphStore store, CancellationToken ct)
    {
        var to = PathPageContext.Of(page).To;
        var ends = page.Edges.Select(e => e.Path.EntityIds[^1]).ToHashSet(StringComparer.Ordinal);
        if (to.LocatedIn is not { Count: > 0 } places || ends.Count == 0)
        {
            return new Subgraph([], [], false);
        }

        var targets = await TargetPlacesAsync(store, places, ct).ConfigureAwait(false);
        var up = new Dictionary<string, List<(string To, string? Relation)>>(StringComparer.Ordinal);
        var frontier = ends.ToList();
        var seen = new HashSet<string>(frontier, StringComparer.Ordinal);
        for (var level = 0; level < MaxLevels && frontier.Count > 0; level++)
        {
            var next = new List<string>();
            var relations = await store.GetRelationsOfManyAsync(frontier, Direction.Outgoing, PlacementTypes, MaxRelationsPerEntity, ct).ConfigureAwait(false);
            var entities = await store.GetEntitiesAsync(frontier, ct).ConfigureAwait(false);
            foreach (var entity in entities.Where(e => e.LocatedIn is not null))
            {
                Step(entity.Id, entity.LocatedIn!, null);
            }

            foreach (var (from, list) in relations)
            {
                foreach (var relation in list.Where(r => !r.Status.IsNegated()))
                {
                    Step(from, relation.To, relation.Id);
                }
            }

            frontier = next;

            void Step(string from, string toId, string? relation)
            {
                if (!up.TryGetValue(from, out var steps))
                {
                    up[from] = steps = [];
                }

                steps.Add((toId, relation));
                if (!targets.Contains(toId) && seen.Add(toId))
                {
                    next.Add(toId);
                }
            }
        }

        var reaches = Reaching(up, targets);
        var relationIds = up.Where(u => reaches.Contains(u.Key))
            .SelectMany(u => u.Value.Where(s => s.Relation is not null && reaches.Contains(s.To)).Select(s => s.Relation!))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return new Subgraph([.. reaches.Order(StringComparer.Ordinal)], relationIds, false);
    }

    /// <summary>The entities from which the upward steps reach a target place, the targets included.</summary>
    private static HashSet<string> Reaching(Dictionary<string, List<(string To, string? Relation)>> up, HashSet<string> targets)
    {
        var reaches = new HashSet<string>(targets, StringComparer.Ordinal);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (from, steps) in up)
            {
                if (!reaches.Contains(from) && steps.Any(s => reaches.Contains(s.To)))
                {
                    changed = reaches.Add(from);
                }
            }
        }

        var reached = up.Where(u => reaches.Contains(u.Key) && !targets.Contains(u.Key)).SelectMany(u => u.Value).Select(s => s.To).ToHashSet(StringComparer.Ordinal);
        reaches.RemoveWhere(e => targets.Contains(e) && !reached.Contains(e));
        return reaches;
    }

    private static async Task<HashSet<string>> TargetPlacesAsync(IGraphStore store, IReadOnlyList<string> places, CancellationToken ct)
    {
        var targets = new HashSet<string>(places.Where(p => p.Contains('/', StringComparison.Ordinal)), StringComparer.Ordinal);
        foreach (var name in places.Where(p => !p.Contains('/', StringComparison.Ordinal)))
        {
            targets.UnionWith((await EntityLookup.ExactAsync(store, name, EntityKind.Place, ct).ConfigureAwait(false)).Select(e => e.Id));
        }

        return targets;
    }
}
