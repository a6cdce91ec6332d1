using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Api.Schema.Lookup;

/// <summary>The answer to <c>lookup(name:)</c>: exact name or alias matches, or suggestions when there are none.</summary>
internal sealed record EntityLookup(string Name, IReadOnlyList<Entity> Matches, IReadOnlyList<Entity> Suggestions)
{
    private const int MaxMatches = 100;

    public static async Task<EntityLookup> FindAsync(IGraphStore store, string name, EntityKind? kind, CancellationToken ct)
    {
        var matches = await ExactAsync(store, name, kind, ct).ConfigureAwait(false);
        var suggestions = matches.Count > 0 ? [] : await NameSuggester.SuggestAsync(store, name, kind, ct).ConfigureAwait(false);
        return new EntityLookup(name, matches, suggestions);
    }

    /// <summary>Entities whose name or an alias equals <paramref name="name"/> ignoring case, as the path selectors match.</summary>
    public static async Task<IReadOnlyList<Entity>> ExactAsync(IGraphStore store, string name, EntityKind? kind, CancellationToken ct)
    {
        var page = await store.SearchEntitiesAsync(new EntitySearch(name.Trim(), kind is null ? null : [kind.Value], MaxMatches), ct).ConfigureAwait(false);
        return [.. page.Items
            .Where(e => e.Names.Any(n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase)))
            .OrderBy(e => e.Id, StringComparer.Ordinal)];
    }
}
