using System.Text.RegularExpressions;
using Throughline.Core.Model;
using Throughline.Core.SeedData;

namespace Throughline.Api.Schema.Mutations;

// Entity and article checks.
internal sealed partial class MutationValidator
{
    public void CheckEntity(Entity entity, string at)
    {
        if (!SeedIds.IsEntityId(entity.Id))
        {
            Problem(at, "id", $"'{entity.Id}' is not an entity id: expected <prefix>/<slug>, e.g. org/example");
        }
        else if (!entity.Id.StartsWith(SeedIds.PrefixOf(entity.Kind) + "/", StringComparison.Ordinal))
        {
            Problem(at, "id", $"'{entity.Id}' does not match kind {Enums.WireName(entity.Kind)}: its id must start with '{SeedIds.PrefixOf(entity.Kind)}/'");
        }

        if (string.IsNullOrWhiteSpace(entity.Name))
        {
            Problem(at, "name", "must not be empty");
        }

        if (entity.Country is { } country && !CountryCode().IsMatch(country))
        {
            Problem(at, "country", $"'{country}' is not an ISO 3166-1 alpha-2 code such as CN or US");
        }

        if (entity.LocatedIn is { } parent)
        {
            if (entity.Kind != EntityKind.Place)
            {
                Problem(at, "locatedIn", "only places nest in places; relate other entities with LOCATED_IN or OPERATES_IN");
            }
            else if (!_entities.TryGetValue(parent, out var place))
            {
                Problem(at, "locatedIn", $"unknown entity '{parent}'");
            }
            else if (place.Kind != EntityKind.Place)
            {
                Problem(at, "locatedIn", $"'{parent}' has kind {Enums.WireName(place.Kind)}, not PLACE");
            }
        }
    }

    public void CheckArticle(Article article, string at)
    {
        if (!SeedIds.IsSlug(article.Id))
        {
            Problem(at, "id", $"'{article.Id}' is not a slug: lowercase letters, digits and dashes");
        }

        if (string.IsNullOrWhiteSpace(article.Title))
        {
            Problem(at, "title", "must not be empty");
        }

        if (article.Republishes is { } original && !_articles.ContainsKey(original))
        {
            Problem(at, "republishes", $"unknown article '{original}'");
        }

        foreach (var (cited, i) in article.Cites.Select((c, i) => (c, i)).Where(c => !_articles.ContainsKey(c.c)))
        {
            Problem(at, $"cites[{i}]", $"unknown article '{cited}'");
        }
    }

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyCode();
}
