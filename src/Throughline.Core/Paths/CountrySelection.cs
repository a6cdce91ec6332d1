using Throughline.Core.Storage;

namespace Throughline.Core.Paths;

/// <summary>
/// An entity selector narrowed to the entities of some countries (ISO 3166-1 alpha-2, matched against
/// <see cref="Model.Entity.Country"/>); <see cref="Nothing"/> when no entity is left, with a message saying why.
/// </summary>
/// <remarks>
/// Countries are turned into ids here, by listing the store's entities page by page, so every store and every path
/// index answers them without a country column of its own. GraphQL, the /export endpoints and the CLI share this, so
/// a country filter means the same everywhere; its cost grows with the number of entities.
/// </remarks>
public sealed record CountrySelection(EntitySelector Selector, bool Nothing, IReadOnlyList<string> Messages)
{
    private const int ListPage = 1000;

    /// <param name="label">What the countries were given as, for the message (from.countries, --from-country).</param>
    public static async Task<CountrySelection> NarrowAsync(
        string label, EntitySelector selector, IReadOnlyList<string>? countries, IGraphStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(store);
        if (countries is not { Count: > 0 })
        {
            return new CountrySelection(selector, false, []);
        }

        var codes = countries.Select(c => c.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var inCountries = await EntitiesInAsync(store, codes, selector.Kinds, ct).ConfigureAwait(false);
        var ids = selector.Ids is { Count: > 0 } given ? [.. given.Where(inCountries.Contains)] : inCountries.Order(StringComparer.Ordinal).ToList();
        if (ids.Count > 0)
        {
            return new CountrySelection(selector with { Ids = ids }, false, []);
        }

        var which = string.Join(", ", countries.Select(c => $"'{c}'"));
        var kinds = selector.Kinds is { Count: > 0 } ? " of the kinds asked for" : "";
        var among = selector.Ids is { Count: > 0 } ? " among the ids given" : "";
        return new CountrySelection(selector, true, [$"{label}: no entity{kinds}{among} has the country {which}."]);
    }

    private static async Task<HashSet<string>> EntitiesInAsync(
        IGraphStore store, HashSet<string> codes, IReadOnlyList<Model.EntityKind>? kinds, CancellationToken ct)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var offset = 0; ; offset += ListPage)
        {
            var page = await store.SearchEntitiesAsync(new EntitySearch(null, kinds, ListPage, offset), ct).ConfigureAwait(false);
            found.UnionWith(page.Items.Where(e => e.Country is { } country && codes.Contains(country)).Select(e => e.Id));
            if (page.Items.Count < ListPage || offset + page.Items.Count >= page.TotalCount)
            {
                return found;
            }
        }
    }
}
