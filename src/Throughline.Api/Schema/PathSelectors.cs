using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Schema;

/// <summary>An entity filter read for the path engine; <see cref="Nothing"/> when <c>countries</c> left no candidate.</summary>
internal sealed record SelectorRead(EntitySelector Selector, bool Nothing, IReadOnlyList<string> Messages);

/// <summary>
/// Reads an EntityFilter. <c>countries</c> is resolved here against <see cref="Entity.Country"/> into ids (intersected
/// with any ids given), so both stores answer it without a country column in their path indexes; the store lists
/// entities page by page, which costs time in proportion to the number of entities.
/// </summary>
internal static class PathSelectors
{
    private const int ListPage = 1000;

    public static async Task<SelectorRead> ReadAsync(ResolveFieldContext context, string name, IGraphStore store)
    {
        var filter = Arguments.Object(context, name);
        var countries = Arguments.List<string>(filter, "countries");
        var selector = new EntitySelector(
            Arguments.List<string>(filter, "ids"),
            Arguments.List<string>(filter, "names"),
            Arguments.List<EntityKind>(filter, "kinds"),
            Arguments.List<string>(filter, "locatedIn"));
        if (countries is not { Count: > 0 } && selector.IsEmpty)
        {
            throw Errors.BadInput($"Argument \"{name}\" selects nothing: give at least one of ids, names, kinds, locatedIn or countries.");
        }

        return await WithCountriesAsync(name, selector, countries, store, context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The selector narrowed to the entities in <paramref name="countries"/> (none given: unchanged). Shared by GraphQL
    /// and the /export endpoints, so <c>countries</c> means the same in both.
    /// </summary>
    public static async Task<SelectorRead> WithCountriesAsync(
        string name, EntitySelector selector, IReadOnlyList<string>? countries, IGraphStore store, CancellationToken ct)
    {
        if (countries is not { Count: > 0 })
        {
            return new SelectorRead(selector, false, []);
        }

        var codes = countries.Select(c => c.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var inCountries = await EntitiesInAsync(store, codes, selector.Kinds, ct).ConfigureAwait(false);
        var ids = selector.Ids is { Count: > 0 } given ? [.. given.Where(inCountries.Contains)] : inCountries.Order(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            var which = string.Join(", ", countries.Select(c => $"'{c}'"));
            return new SelectorRead(selector, true, [$"{name}.countries: no entity{(selector.Kinds is { Count: > 0 } ? " of the kinds asked for" : "")}{(selector.Ids is { Count: > 0 } ? " among the ids given" : "")} has the country {which}."]);
        }

        return new SelectorRead(selector with { Ids = ids }, false, []);
    }

    private static async Task<HashSet<string>> EntitiesInAsync(
        IGraphStore store, HashSet<string> codes, IReadOnlyList<EntityKind>? kinds, CancellationToken ct)
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
