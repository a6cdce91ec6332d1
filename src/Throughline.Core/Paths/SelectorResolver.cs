using System.Numerics;
using Throughline.Core.Index;
using Throughline.Core.Model;

namespace Throughline.Core.Paths;

/// <summary>
/// Turns an <see cref="EntitySelector"/> into a set of entities of the index. Criteria combine with AND. An unknown id is
/// an error (NOT_FOUND) naming it; a name that matches nothing is not an error but a message, and selects nothing.
/// </summary>
internal sealed class SelectorResolver(GraphIndex index)
{
    public EntitySet Resolve(EntitySelector selector, string role, List<string> messages)
    {
        if (selector.IsEmpty)
        {
            throw new PathQueryException(
                PathQueryException.BadUserInput, $"'{role}' selects nothing: give at least one of ids, names, kinds or locatedIn.");
        }

        var messagesBefore = messages.Count;
        IEnumerable<int>? candidates = null;
        if (selector.Ids is { Count: > 0 } ids)
        {
            candidates = ResolveIds(ids, $"{role}.ids");
        }

        if (selector.Names is { Count: > 0 } names)
        {
            candidates = Intersect(candidates, ResolveNames(names, $"{role}.names", kind: null, messages));
        }

        if (selector.LocatedIn is { Count: > 0 } places)
        {
            var within = ResolvePlaces(places, $"{role}.locatedIn", messages);
            var region = RegionCache.For(index).GetOrAdd(within, () => LocatedWithin(within));
            candidates = candidates is null ? region : candidates.Where(e => Array.BinarySearch(region, e) >= 0);
        }

        if (selector.Kinds is { Count: > 0 } kinds)
        {
            candidates = candidates is null
                ? Enumerable.Range(0, index.EntityCount).Where(e => kinds.Contains(index.Kind(e)))
                : candidates.Where(e => kinds.Contains(index.Kind(e)));
        }

        var set = new EntitySet(index.EntityCount, candidates ?? []);
        if (set.Count == 0 && messages.Count == messagesBefore)
        {
            messages.Add($"No entity matches the '{role}' selector.");
        }

        return set;
    }

    private int[] ResolveIds(IEnumerable<string> ids, string field)
    {
        var resolved = ids.Select(id => (Id: id, Entity: index.Find(id))).ToList();
        var unknown = resolved.Where(r => r.Entity < 0).Select(r => $"'{r.Id}'").ToList();
        if (unknown.Count > 0)
        {
            throw new PathQueryException(PathQueryException.NotFound, $"{field}: no entity has the id {string.Join(", ", unknown)}.");
        }

        return [.. resolved.Select(r => r.Entity)];
    }

    private List<int> ResolveNames(IEnumerable<string> names, string field, EntityKind? kind, List<string> messages)
    {
        var found = new List<int>();
        foreach (var name in names)
        {
            var matches = index.FindNamed(name).Where(e => kind is null || index.Kind(e) == kind).ToList();
            if (matches.Count == 0)
            {
                messages.Add(kind is null ? $"{field}: no entity is named '{name}'." : $"{field}: no place is named '{name}'.");
            }

            found.AddRange(matches);
        }

        return found;
    }

    /// <summary>A value containing '/' is a place id (every entity id has a prefix); anything else is a place's name or alias.</summary>
    private List<int> ResolvePlaces(IReadOnlyList<string> values, string field, List<string> messages)
    {
        var places = ResolveIds(values.Where(v => v.Contains('/', StringComparison.Ordinal)), field).ToList();
        places.AddRange(ResolveNames(values.Where(v => !v.Contains('/', StringComparison.Ordinal)), field, EntityKind.Place, messages));
        return places;
    }

    /// <summary>
    /// Everything strictly inside the places, ascending: their gazetteer descendants, whatever is LOCATED_IN any of
    /// those, and organisations that OPERATES_IN any of them. Denied and retracted claims do not place anything. Marked
    /// in bitmaps, not hash sets: a region holds tens of thousands of entities, each added to both.
    /// </summary>
    private int[] LocatedWithin(List<int> places)
    {
        var inside = 0;
        var insideBits = Bitmaps.For(index.EntityCount);
        var seen = Bitmaps.For(index.EntityCount);
        var pending = new Queue<int>();
        foreach (var place in places)
        {
            if (Bitmaps.Add(seen, place))
            {
                pending.Enqueue(place);
            }
        }

        while (pending.TryDequeue(out var place))
        {
            foreach (var child in index.Children.NeighboursOf(place))
            {
                Visit(child);
            }

            // Only a row some placement points into can place anything; most entities inside a region have none.
            if (!index.MayBePlacementTarget(place))
            {
                continue;
            }

            index.Incoming.RowOf(place, out var sources, out var relations);
            for (var i = 0; i < sources.Length; i++)
            {
                var facts = index.FactsOf(relations[i]);
                if (facts.Type is RelationType.LocatedIn or RelationType.OperatesIn && !facts.Status.IsNegated())
                {
                    Visit(sources[i]);
                }
            }
        }

        // Read off the bitmap in ascending order, which sorts them for free.
        var members = new int[inside];
        var next = 0;
        for (var word = 0; word < insideBits.Length; word++)
        {
            for (var bits = insideBits[word]; bits != 0; bits &= bits - 1)
            {
                members[next++] = (word << 6) + BitOperations.TrailingZeroCount(bits);
            }
        }

        return members;

        void Visit(int entity)
        {
            if (Bitmaps.Add(insideBits, entity))
            {
                inside++;
            }

            if (Bitmaps.Add(seen, entity))
            {
                pending.Enqueue(entity);
            }
        }
    }

    private static IEnumerable<int> Intersect(IEnumerable<int>? candidates, IEnumerable<int> allowed) =>
        candidates is null ? allowed : candidates.Intersect(allowed);
}
