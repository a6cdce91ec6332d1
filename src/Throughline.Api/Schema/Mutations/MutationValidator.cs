using System.Text.RegularExpressions;
using Throughline.Core.Model;
using Throughline.Core.SeedData;
using Throughline.Core.Storage;

namespace Throughline.Api.Schema.Mutations;

/// <summary>
/// The seed-data rules (seed-data/README.md) applied to mutation input against what the store already holds:
/// id syntax, resolved references, relation types joining allowed kinds, ranges, and quotes found verbatim
/// (whitespace-normalised) in their article's text, which gives the evidence offsets. Every problem is collected,
/// each named by its input path, and reported together as one BAD_USER_INPUT error.
/// </summary>
internal sealed partial class MutationValidator(IGraphStore store, ImportBatch pending)
{
    private readonly List<string> _problems = [];
    private readonly Dictionary<string, Entity> _entities = pending.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Article> _articles = pending.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);

    /// <summary>Loads every stored record the batch refers to, so the checks below run without further store calls.</summary>
    public async Task LoadReferencesAsync(IEnumerable<RelationInput> relations, CancellationToken ct)
    {
        var relationList = relations.ToList();
        var entityIds = relationList.SelectMany(r => new[] { r.From, r.To })
            .Concat(pending.Entities.Select(e => e.LocatedIn).OfType<string>())
            .Where(id => !_entities.ContainsKey(id)).Distinct().ToList();
        foreach (var entity in await store.GetEntitiesAsync(entityIds, ct).ConfigureAwait(false))
        {
            _entities[entity.Id] = entity;
        }

        var articleIds = relationList.SelectMany(r => r.Evidence).Select(e => e.ArticleId).OfType<string>()
            .Concat(pending.Articles.SelectMany(a => a.Cites.Append(a.Republishes ?? string.Empty)))
            .Where(id => id.Length > 0 && !_articles.ContainsKey(id)).Distinct().ToList();
        foreach (var article in await store.GetArticlesAsync(articleIds, ct).ConfigureAwait(false))
        {
            _articles[article.Id] = article;
        }
    }

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

    /// <summary>The relation with located evidence, or null when a problem was recorded.</summary>
    public Relation? CheckRelation(RelationInput input, string at, string? defaultArticle)
    {
        var before = _problems.Count;
        if (!SeedIds.IsSlug(input.Id))
        {
            Problem(at, "id", $"'{input.Id}' is not a slug: lowercase letters, digits and dashes");
        }

        CheckEnds(input, at);
        CheckRanges(input, at);
        var evidence = LocateEvidence(input, at, defaultArticle);
        return _problems.Count > before
            ? null
            : new Relation(
                input.Id, input.Type, input.From, input.To, input.Status, input.Confidence ?? input.Status.DefaultConfidence(),
                evidence, input.ValidFrom, input.ValidTo, input.StakePercent, input.Amount, input.Product, input.Note);
    }

    public IReadOnlyList<Evidence> LocateEvidence(IReadOnlyList<EvidenceInput> items, string at, string? defaultArticle)
    {
        var located = new List<Evidence>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var where = $"{at}[{i}]";
            var articleId = items[i].ArticleId ?? defaultArticle;
            if (articleId is null)
            {
                Problem(where, "article", "is required: name the article the quote comes from");
            }
            else if (!_articles.TryGetValue(articleId, out var article))
            {
                Problem(where, "article", $"unknown article '{articleId}'");
            }
            else if (article.Text is null)
            {
                Problem(where, "article", $"article '{articleId}' has no text (known only by reference), so it cannot be quoted");
            }
            else if (new QuoteLocator(article.Text).Find(items[i].Quote) is not { } span)
            {
                Problem(where, "quote", $"not found verbatim in article '{articleId}': \"{Shorten(items[i].Quote)}\"");
            }
            else
            {
                located.Add(new Evidence(articleId, items[i].Quote, span.Start, span.End));
            }
        }

        return located;
    }

    /// <summary>Throws one BAD_USER_INPUT error listing every problem found.</summary>
    public void ThrowIfInvalid()
    {
        if (_problems.Count > 0)
        {
            throw new GraphQL.Execution.GraphQLException(
                $"The input is invalid ({_problems.Count} problem{(_problems.Count == 1 ? string.Empty : "s")}): {string.Join("; ", _problems)}",
                new Dictionary<string, object?> { ["code"] = Http.ErrorCodes.BadUserInput, ["problems"] = _problems.ToList() });
        }
    }

    private IReadOnlyList<Evidence> LocateEvidence(RelationInput input, string at, string? defaultArticle)
    {
        if (input.Evidence.Count == 0)
        {
            Problem(at, "evidence", "at least one quote is required");
            return [];
        }

        return LocateEvidence(input.Evidence, at + ".evidence", defaultArticle);
    }

    private void CheckEnds(RelationInput input, string at)
    {
        var info = RelationCatalogue.Get(input.Type);
        var from = Resolve(input.From, at, "from");
        var to = Resolve(input.To, at, "to");
        if (input.From == input.To)
        {
            Problem(at, "to", "a relation must join two different entities");
        }

        if (from is not null && to is not null && !info.Allows(from.Kind, to.Kind))
        {
            Problem(at, "type", $"{info.Name} ({info.Direction}) cannot join {Enums.WireName(from.Kind)} '{from.Id}' to {Enums.WireName(to.Kind)} '{to.Id}'");
        }
    }

    private void CheckRanges(RelationInput input, string at)
    {
        if (input.Confidence is { } confidence && confidence is < 0 or > 1)
        {
            Problem(at, "confidence", $"{confidence} is not between 0 and 1");
        }

        if (input.StakePercent is { } stake && stake is < 0 or > 100)
        {
            Problem(at, "stakePercent", $"{stake} is not between 0 and 100");
        }

        if (input.ValidFrom is { } validFrom && input.ValidTo is { } validTo && validFrom.FirstDay > validTo.LastDay)
        {
            Problem(at, "validTo", $"{validTo} is before validFrom {validFrom}");
        }

        if (input.Amount is { } amount)
        {
            if (amount.Value < 0)
            {
                Problem(at, "amount.value", "must not be negative");
            }

            if (!CurrencyCode().IsMatch(amount.Currency))
            {
                Problem(at, "amount.currency", $"'{amount.Currency}' is not an ISO 4217 code such as USD");
            }
        }
    }

    private Entity? Resolve(string id, string at, string field)
    {
        if (_entities.TryGetValue(id, out var entity))
        {
            return entity;
        }

        Problem(at, field, $"unknown entity '{id}'");
        return null;
    }

    public void Problem(string at, string field, string message) => _problems.Add($"{at}.{field}: {message}");

    public void CheckUnique(IEnumerable<string> ids, string at, string what)
    {
        foreach (var duplicate in ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            _problems.Add($"{at}: {what} id '{duplicate.Key}' is given {duplicate.Count()} times");
        }
    }

    private static string Shorten(string quote) => quote.Length <= 80 ? quote : quote[..77] + "...";

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyCode();
}
