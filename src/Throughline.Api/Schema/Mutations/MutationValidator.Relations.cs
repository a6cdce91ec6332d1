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

    private static string Shorten(string quote) => quote.Length <= 80 ? quote : quote[..77] + "...";
}
