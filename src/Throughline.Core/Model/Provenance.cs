namespace Throughline.Core.Model;

/// <summary>
/// Counts a relation's independent sources: the distinct <see cref="Evidence.Origin"/> articles of its asserting and
/// confirming evidence. An item's origin defaults to its article after following <see cref="Article.Republishes"/> (a
/// syndicated copy is its original); <see cref="Article.Cites"/> never replaces it, because a citing article's own
/// reporting (a statement given to it, its own research) is first published there. A quote restating a cited piece names
/// that piece in <c>origin:</c>.
/// </summary>
public static class Provenance
{
    /// <summary>From the origins recorded on the evidence (an item without one counts as its own article).</summary>
    public static int IndependentSources(Relation relation)
    {
        var evidence = relation.Evidence;
        if (evidence.Count == 1)
        {
            return evidence[0].Supports ? 1 : 0; // the common case, without a set
        }

        var origins = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in evidence)
        {
            if (item.Supports)
            {
                origins.Add(item.OriginId);
            }
        }

        return origins.Count;
    }

    /// <summary>As <see cref="IndependentSources(Relation)"/>, defaulting items without a recorded origin through <paramref name="articles"/>.</summary>
    public static int IndependentSources(Relation relation, IReadOnlyDictionary<string, Article> articles)
    {
        ArgumentNullException.ThrowIfNull(relation);
        if (relation.Evidence.Count == 1)
        {
            return relation.Evidence[0].Supports ? 1 : 0; // the common case, without a set (a whole-graph export counts every relation)
        }

        return relation.Evidence.Where(e => e.Supports).Select(e => e.Origin ?? DefaultOrigin(e.ArticleId, articles))
            .Distinct(StringComparer.Ordinal).Count();
    }

    /// <summary>The article a statement quoted from <paramref name="articleId"/> was first published in: the end of its republishes chain.</summary>
    public static string DefaultOrigin(string articleId, IReadOnlyDictionary<string, Article> articles)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var at = articleId;
        while (seen.Add(at) && articles.TryGetValue(at, out var article) && article.Republishes is { } original)
        {
            at = original;
        }

        return at; // on a loop of republishes links, the article where the loop closes
    }

    /// <summary>
    /// The articles a quote from <paramref name="articleId"/> may name as its origin: the article itself and every article
    /// reachable from it by republishes and cites links.
    /// </summary>
    public static IReadOnlySet<string> PossibleOrigins(string articleId, IReadOnlyDictionary<string, Article> articles)
    {
        var reachable = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([articleId]);
        while (pending.TryPop(out var id))
        {
            if (reachable.Add(id) && articles.TryGetValue(id, out var article))
            {
                foreach (var next in article.Cites.Prepend(article.Republishes).OfType<string>())
                {
                    pending.Push(next);
                }
            }
        }

        return reachable;
    }
}
