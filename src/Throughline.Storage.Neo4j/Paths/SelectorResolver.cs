using Throughline.Core.Model;
using Throughline.Core.Neo4jModel;
using Throughline.Core.Paths;
using Throughline.Storage.Neo4j.Cypher;
using Throughline.Storage.Neo4j.Http;

namespace Throughline.Storage.Neo4j.Paths;

/// <summary>
/// Resolves an <see cref="EntitySelector"/> in Neo4j with the path engine's rules: criteria combine with AND; an unknown
/// id is NOT_FOUND; a name that matches nothing adds a message; locatedIn values with '/' are place ids, others place
/// names, and select everything strictly inside those places. Returns the selected entity ids.
/// </summary>
internal sealed class SelectorResolver(Neo4jClient client)
{
    public async Task<IReadOnlySet<string>> ResolveAsync(EntitySelector selector, string role, List<string> messages, CancellationToken ct)
    {
        if (selector.IsEmpty)
        {
            throw new PathQueryException(
                PathQueryException.BadUserInput, $"'{role}' selects nothing: give at least one of ids, names, kinds or locatedIn.");
        }

        var messagesBefore = messages.Count;
        Dictionary<string, string>? candidates = null; // id → kind
        if (selector.Ids is { Count: > 0 } ids)
        {
            candidates = await ResolveIdsAsync(ids, $"{role}.ids", ct).ConfigureAwait(false);
        }

        if (selector.Names is { Count: > 0 } names)
        {
            candidates = Intersect(candidates, await ResolveNamesAsync(names, $"{role}.names", placesOnly: false, messages, ct).ConfigureAwait(false));
        }

        if (selector.LocatedIn is { Count: > 0 } places)
        {
            var placeIds = await ResolvePlacesAsync(places, $"{role}.locatedIn", messages, ct).ConfigureAwait(false);
            candidates = Intersect(candidates, await LocatedWithinAsync(placeIds, ct).ConfigureAwait(false));
        }

        if (selector.Kinds is { Count: > 0 } kinds)
        {
            var kindNames = kinds.Select(k => k.ToString()).ToHashSet(StringComparer.Ordinal);
            candidates = candidates is null
                ? await RunAsync("select-entities-by-kind", new() { ["kinds"] = kindNames.ToArray() }, ct).ConfigureAwait(false)
                : candidates.Where(c => kindNames.Contains(c.Value)).ToDictionary(StringComparer.Ordinal);
        }

        var selected = (candidates ?? []).Keys.ToHashSet(StringComparer.Ordinal);
        if (selected.Count == 0 && messages.Count == messagesBefore)
        {
            messages.Add($"No entity matches the '{role}' selector.");
        }

        return selected;
    }

    /// <summary>Checks that every id exists, else NOT_FOUND naming the unknown ones, in the order given.</summary>
    public async Task<Dictionary<string, string>> ResolveIdsAsync(IEnumerable<string> ids, string field, CancellationToken ct)
    {
        var wanted = ids.ToList();
        if (wanted.Count == 0)
        {
            return new(StringComparer.Ordinal);
        }

        var found = await RunAsync("select-entities-by-id", new() { ["ids"] = wanted.Distinct(StringComparer.Ordinal).ToArray() }, ct).ConfigureAwait(false);
        var unknown = wanted.Where(id => !found.ContainsKey(id)).Select(id => $"'{id}'").ToList();
        if (unknown.Count > 0)
        {
            throw new PathQueryException(PathQueryException.NotFound, $"{field}: no entity has the id {string.Join(", ", unknown)}.");
        }

        return found;
    }

    private async Task<Dictionary<string, string>> ResolveNamesAsync(
        IReadOnlyList<string> names, string field, bool placesOnly, List<string> messages, CancellationToken ct)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return found;
        }

        var result = await client.RunAsync(
            CypherLibrary.Statement("select-entities-by-name", new() { ["names"] = names.Select(NameKeys.Match).Distinct(StringComparer.Ordinal).ToArray() }),
            ct).ConfigureAwait(false);
        var matches = result.Rows
            .Select(row => (Id: result.Value(row, "id").GetString()!, Kind: result.Value(row, "kind").GetString()!,
                Keys: result.Value(row, "matched").EnumerateArray().Select(k => k.GetString()!).ToHashSet(StringComparer.Ordinal)))
            .Where(m => !placesOnly || m.Kind == nameof(EntityKind.Place))
            .ToList();
        foreach (var name in names)
        {
            var key = NameKeys.Match(name);
            var hits = matches.Where(m => m.Keys.Contains(key)).ToList();
            if (hits.Count == 0)
            {
                messages.Add(placesOnly ? $"{field}: no place is named '{name}'." : $"{field}: no entity is named '{name}'.");
            }

            foreach (var hit in hits)
            {
                found[hit.Id] = hit.Kind;
            }
        }

        return found;
    }

    private async Task<List<string>> ResolvePlacesAsync(IReadOnlyList<string> values, string field, List<string> messages, CancellationToken ct)
    {
        var byId = await ResolveIdsAsync(values.Where(v => v.Contains('/', StringComparison.Ordinal)), field, ct).ConfigureAwait(false);
        var byName = await ResolveNamesAsync(
            [.. values.Where(v => !v.Contains('/', StringComparison.Ordinal))], field, placesOnly: true, messages, ct).ConfigureAwait(false);
        return [.. byId.Keys.Concat(byName.Keys).Distinct(StringComparer.Ordinal)];
    }

    private async Task<Dictionary<string, string>> LocatedWithinAsync(List<string> places, CancellationToken ct) =>
        places.Count == 0
            ? new(StringComparer.Ordinal)
            : await RunAsync("select-located-within", new() { ["places"] = places.ToArray() }, ct).ConfigureAwait(false);

    private async Task<Dictionary<string, string>> RunAsync(string name, Dictionary<string, object?> parameters, CancellationToken ct)
    {
        var result = await client.RunAsync(CypherLibrary.Statement(name, parameters), ct).ConfigureAwait(false);
        return result.Rows.ToDictionary(row => result.Value(row, "id").GetString()!, row => result.Value(row, "kind").GetString()!, StringComparer.Ordinal);
    }

    private static Dictionary<string, string> Intersect(Dictionary<string, string>? candidates, Dictionary<string, string> allowed) =>
        candidates is null ? allowed : candidates.Where(c => allowed.ContainsKey(c.Key)).ToDictionary(StringComparer.Ordinal);
}
