using Throughline.Core.Model;

namespace Throughline.Core.SeedData;

internal sealed partial class SeedValidator
{
    /// <summary>A place's <c>locatedIn</c> must name a known place, and following it must never come back round.</summary>
    private void CheckPlaces()
    {
        foreach (var draft in _entities.Values)
        {
            if (draft.Entity.LocatedIn is not { } parentId || draft.LocatedInAt is not { } at)
            {
                continue;
            }

            if (!_entities.TryGetValue(parentId, out var parent))
            {
                problems.Add(at, $"unknown entity '{parentId}' in 'locatedIn'");
            }
            else if (parent.Entity.Kind != EntityKind.Place)
            {
                problems.Add(at, $"'locatedIn: {parentId}' must name a Place, but it is a {parent.Entity.Kind}");
            }
            else if (CycleThrough(draft.Entity.Id) is { } cycle && cycle.Min(StringComparer.Ordinal) == draft.Entity.Id)
            {
                // Reported once per cycle, at the member with the smallest id, so the message is stable.
                problems.Add(at, $"'locatedIn' forms a cycle: {string.Join(" → ", cycle.Append(draft.Entity.Id))}");
            }
        }
    }

    private List<string>? CycleThrough(string start)
    {
        var chain = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = start;
        while (seen.Add(current))
        {
            chain.Add(current);
            if (!_entities.TryGetValue(current, out var entity) || entity.Entity.LocatedIn is not { } next)
            {
                return null;
            }

            if (next == start)
            {
                return chain;
            }

            current = next;
        }

        return null; // a cycle further up the chain, reported at its own members
    }
}
