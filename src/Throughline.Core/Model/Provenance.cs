namespace Throughline.Core.Model;

/// <summary>
/// Counts a relation's independent sources: the distinct origin articles of its evidence, after following
/// <see cref="Article.Republishes"/> (a copy has its original's origin) and <see cref="Article.Cites"/> (a report on
/// another outlet's reporting has that reporting's origins).
/// </summary>
public static class Provenance
{
    public static int IndependentSources(Relation relation, IReadOnlyDictionary<string, Article> articles) =>
        relation.Evidence.SelectMany(e => Origins(e.ArticleId, articles)).Distinct(StringComparer.Ordinal).Count();

    public static IReadOnlySet<string> Origins(string articleId, IReadOnlyDictionary<string, Article> articles)
    {
        var origins = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([articleId]);
        while (pending.TryPop(out var id))
        {
            if (!seen.Add(id))
            {
                continue; // a cycle of republishes/cites links: each article counts once
            }

            if (!articles.TryGetValue(id, out var article))
            {
                origins.Add(id);
            }
            else if (article.Republishes is { } original)
            {
                pending.Push(original);
            }
            else if (article.Cites.Count > 0)
            {
                foreach (var cited in article.Cites)
                {
                    pending.Push(cited);
                }
            }
            else
            {
                origins.Add(id);
            }
        }

        return origins;
    }
}
