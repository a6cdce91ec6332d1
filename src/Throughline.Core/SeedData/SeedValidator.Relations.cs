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
            var speakerOk = CheckSpeaker(item);
            var origin = ResolveOrigin(item);
            if (Locate(item) is { } located && speakerOk && origin is not null)
            {
                evidence.Add(located with
                {
                    // An origin equal to the quoting article is left null (Evidence.OriginId), so plain quotes round-trip unchanged.
                    Stance = item.Stance, Speaker = item.Speaker, AttributedTo = item.AttributedTo,
                    Origin = origin == item.ArticleId ? null : origin, ObservedAt = item.ObservedAt,
                });
            }
        }

        ok &= from is not null && to is not null && evidence.Count == draft.Evidence.Count && evidence.Count > 0;
        // The stored entity ids are reused so millions of relations share one string per endpoint.
        return ok
            ? new Relation(draft.Id, draft.Type!.Value, from!.Id, to!.Id, draft.Status, draft.Confidence, evidence,
                draft.ValidFrom, draft.ValidTo, draft.StakePercent, draft.Amount, draft.Product, draft.Note,
                draft.Role, draft.Channel, draft.Quantity, draft.Reason)
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

    /// <summary>A speaker written as an entity id must name an entity; anything else is a label.</summary>
    private bool CheckSpeaker(EvidenceDraft item)
    {
        if (item.Speaker is not { } speaker || !SeedIds.IsEntityId(speaker) || _entities.ContainsKey(speaker))
        {
            return true;
        }

        problems.Add(item.SpeakerAt, $"unknown entity '{speaker}' in 'speaker' (not in entities.yaml; write a label such as \"Hikvision spokeswoman\" for an unnamed speaker)");
        return false;
    }

    /// <summary>
    /// The written origin when it is the quoting article or reachable from it by republishes/cites links; otherwise the
    /// quoting article after following republishes. Null (reported) when the written origin is not allowed.
    /// </summary>
    private string? ResolveOrigin(EvidenceDraft item)
    {
        if (!_articles.ContainsKey(item.ArticleId))
        {
            return item.ArticleId; // reported by Locate
        }

        if (item.Origin is not { } origin)
        {
            return Provenance.DefaultOrigin(item.ArticleId, ArticlesById);
        }

        if (!_articles.ContainsKey(origin))
        {
            problems.Add(item.OriginAt, $"unknown article '{origin}' in 'origin' (no articles/{origin}.md; add a metadata-only article for the source)");
            return null;
        }

        if (!Provenance.PossibleOrigins(item.ArticleId, ArticlesById).Contains(origin))
        {
            problems.Add(item.OriginAt,
                $"'origin: {origin}' is not '{item.ArticleId}', an article it republishes or one it cites: add '{origin}' to its 'cites' if it restates that piece");
            return null;
        }

        return origin;
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
