using Throughline.Core.Model;
using Throughline.Core.SeedData;

namespace Throughline.Api.Schema.Mutations;

// Relation checks: ends and kinds, ranges, and quotes located in their articles.
internal sealed partial class MutationValidator
{
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
                evidence, input.ValidFrom, input.ValidTo, input.StakePercent, input.Amount, input.Product, input.Note,
                input.Role, input.Channel, input.Quantity, input.Reason);
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
            else if (Attribution(items[i], articleId, where) is var (ok, origin) && ok)
            {
                located.Add(new Evidence(
                    articleId, items[i].Quote, span.Start, span.End, items[i].Stance, items[i].Speaker, items[i].AttributedTo, origin, items[i].ObservedAt));
            }
        }

        return located;
    }

    /// <summary>
    /// Checks the speaker (an entity id must exist) and the origin (the quoted article, one it republishes or one it cites),
    /// as the seed validator does; the origin is null when it is the quoted article itself.
    /// </summary>
    private (bool Ok, string? Origin) Attribution(EvidenceInput item, string articleId, string where)
    {
        var ok = true;
        if (item.Speaker is { } speaker && (string.IsNullOrWhiteSpace(speaker) || (SeedIds.IsEntityId(speaker) && !_entities.ContainsKey(speaker))))
        {
            Problem(where, "speaker", string.IsNullOrWhiteSpace(speaker) ? "must not be blank" : $"unknown entity '{speaker}' (write a label for an unnamed speaker)");
            ok = false;
        }

        var origin = item.Origin ?? Provenance.DefaultOrigin(articleId, _articles);
        if (item.Origin is { } given && !_articles.ContainsKey(given))
        {
            Problem(where, "origin", $"unknown article '{given}'");
            ok = false;
        }
        else if (item.Origin is { } named && !Provenance.PossibleOrigins(articleId, _articles).Contains(named))
        {
            Problem(where, "origin", $"'{named}' is not '{articleId}', an article it republishes or one it cites");
            ok = false;
        }

        return (ok, origin == articleId ? null : origin);
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

        if (input.Channel is not null && input.Type != RelationType.Supplies)
        {
            Problem(at, "channel", $"belongs to SUPPLIES relations only, not {input.Type.WireName()}");
        }

        if (input.Reason is not null && input.Type != RelationType.ListedOn)
        {
            Problem(at, "reason", $"belongs to LISTED_ON relations only, not {input.Type.WireName()}");
        }

        if (input.Quantity is { Value: < 0 })
        {
            Problem(at, "quantity.value", "must not be negative");
        }

        if (input.Amount?.Alternative is { } alternative && (alternative.Value < 0 || !CurrencyCode().IsMatch(alternative.Currency)))
        {
            Problem(at, "amount.alternative", $"needs a non-negative value and an ISO 4217 code, not {alternative.Value} {alternative.Currency}");
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

    private static string Shorten(string quote) => quote.Length <= 80 ? quote : quote[..77] + "...";
}
