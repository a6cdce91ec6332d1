using Throughline.Core.Model;
using Throughline.Core.Paths;

namespace Throughline.Storage.Contract;

public sealed partial class PathsReference
{
    private HashSet<string> Select(EntitySelector selector, string role, List<string> messages)
    {
        if (selector.IsEmpty)
        {
            throw new PathQueryException(PathQueryException.BadUserInput, $"'{role}' selects nothing.");
        }

        var before = messages.Count;
        IEnumerable<Entity> chosen = graph.Entities;
        if (selector.Ids is { Count: > 0 } ids)
        {
            RequireIds(ids);
            chosen = chosen.Where(e => ids.Contains(e.Id));
        }

        if (selector.Names is { Count: > 0 } names)
        {
            foreach (var name in names.Where(n => !graph.Entities.Any(e => IsNamed(e, n))))
            {
                messages.Add($"{role}.names: no entity is named '{name}'.");
            }

            chosen = chosen.Where(e => names.Any(n => IsNamed(e, n)));
        }

        if (selector.LocatedIn is { Count: > 0 } values)
        {
            var inside = Inside(Places(values, role, messages));
            chosen = chosen.Where(e => inside.Contains(e.Id));
        }

        if (selector.Kinds is { Count: > 0 } kinds)
        {
            chosen = chosen.Where(e => kinds.Contains(e.Kind));
        }

        var result = chosen.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        if (result.Count == 0 && messages.Count == before)
        {
            messages.Add($"No entity matches the '{role}' selector.");
        }

        return result;
    }

    private HashSet<string> Places(IReadOnlyList<string> values, string role, List<string> messages)
    {
        var ids = values.Where(v => v.Contains('/', StringComparison.Ordinal)).ToList();
        RequireIds(ids);
        var places = ids.ToHashSet(StringComparer.Ordinal);
        foreach (var name in values.Where(v => !v.Contains('/', StringComparison.Ordinal)))
        {
            var named = graph.Entities.Where(e => e.Kind == EntityKind.Place && IsNamed(e, name)).ToList();
            if (named.Count == 0)
            {
                messages.Add($"{role}.locatedIn: no place is named '{name}'.");
            }

            places.UnionWith(named.Select(e => e.Id));
        }

        return places;
    }

    /// <summary>Fixpoint: anything whose gazetteer parent, or a non-negated LOCATED_IN/OPERATES_IN target, is a place or already inside.</summary>
    private HashSet<string> Inside(HashSet<string> places)
    {
        var inside = new HashSet<string>(StringComparer.Ordinal);
        bool Within(string? id) => id is not null && (places.Contains(id) || inside.Contains(id));
        bool changed;
        do
        {
            var before = inside.Count;
            inside.UnionWith(graph.Entities.Where(e => Within(e.LocatedIn)).Select(e => e.Id));
            inside.UnionWith(graph.Relations
                .Where(r => r.Type is RelationType.LocatedIn or RelationType.OperatesIn && !r.Status.IsNegated() && Within(r.To))
                .Select(r => r.From));
            changed = inside.Count != before;
        }
        while (changed);

        return inside;
    }

    private void RequireIds(IEnumerable<string> ids)
    {
        var unknown = ids.Where(id => !_entities.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new PathQueryException(PathQueryException.NotFound, $"no entity has the id {string.Join(", ", unknown)}.");
        }
    }

    private static bool IsNamed(Entity entity, string name) =>
        entity.Names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
}
