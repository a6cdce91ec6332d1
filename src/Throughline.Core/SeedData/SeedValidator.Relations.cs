using Throughline.Core.Model;

namespace Throughline.Core.SeedData;

internal sealed partial class SeedValidator
{
    /// <summary>Resolves a relation's endpoints and quotes; returns it with evidence offsets, or null when something is wrong.</summary>
    private Relation? CheckRelation(RelationDraft draft)
    {
        var ok = draft.Type is not null;
        var from = Resolve(draft.From, draft.FromAt, "from");
        var to = Resolve(draft.To, draft.ToAt, "to");
        if (draft.Type is { } type && from is not null && to is not null)
        {
            var info = RelationCatalogue.Get(type);
            if (!info.Allows(from.Kind, to.Kind))
            {
                problems.Add(draft.At,
                    $"{info.Name} ({info.Direction}) cannot join {from.Kind} '{from.Id}' to {to.Kind} '{to.Id}': " +
                    $"it goes from {string.Join("/", info.FromKinds.Order())} to {string.Join("/", info.ToKinds.Order())}");
                ok = false;
            }
        }

        var evidence = new List<Evidence>(draft.Evidence.Count);
        foreach (var item in draft.Evidence)
        {
            if (Locate(item) is { } located)
            {
                evidence.Add(located);
            }
        }

        ok &= from is not null && to is not null && evidence.Count == draft.Evidence.Count && evidence.Count > 0;
        // The stored entity ids are reused so millions of relations share one string per endpoint.
        return ok
            ? new Relation(draft.Id, draft.Type!.Value, from!.Id, to!.Id, draft.Status, draft.Confidence, evidence,
                draft.ValidFrom, draft.ValidTo, draft.StakePercent, draft.Amount, draft.Product, draft.Note)
            : null;
    }

    private Entity? Resolve(string id, SeedLocation at, string key)
    {
        if (_entities.TryGetValue(id, out var entity))
        {
            return entity.Entity;
        }

        if (SeedIds.IsEntityId(id))
        {
            problems.Add(at, $"unknown entity '{id}' in '{key}' (not in entities.yaml)");
        }

        return null;
    }

    private Evidence? Locate(EvidenceDraft item)
    {
        if (!_articles.TryGetValue(item.ArticleId, out var article))
        {
            if (SeedIds.IsSlug(item.ArticleId))
            {
                problems.Add(item.ArticleAt, $"unknown article '{item.ArticleId}' (no articles/{item.ArticleId}.md)");
            }

            return null;
        }

        if (article.Article.Text is not { } text)
        {
            problems.Add(item.ArticleAt, $"article '{item.ArticleId}' has no text (known only by reference), so it cannot be quoted");
            return null;
        }

        if (!_locators.TryGetValue(item.ArticleId, out var locator))
        {
            locator = new QuoteLocator(text);
            _locators[item.ArticleId] = locator;
        }

        if (locator.Find(item.Quote) is not var (start, end))
        {
            problems.Add(item.At, $"quote not found verbatim in article '{item.ArticleId}': \"{Shorten(item.Quote)}\"");
            return null;
        }

        return new Evidence(article.Article.Id, item.Quote, start, end);
    }

    private static string Shorten(string quote)
    {
        var normalised = QuoteLocator.Normalise(quote);
        return normalised.Length <= 80 ? normalised : normalised[..77] + "...";
    }
}
