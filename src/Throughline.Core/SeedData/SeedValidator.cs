using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Core.SeedData;

/// <summary>
/// The checks that span files: unique ids, resolved references, relation types joining allowed kinds, the place
/// gazetteer, and quotes found in their articles. Articles and entities come first; relations then stream through one
/// claims file at a time, so only the finished relations (with evidence offsets) stay in memory.
/// </summary>
internal sealed partial class SeedValidator(ProblemList problems)
{
    private readonly Dictionary<string, ArticleDraft> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityDraft> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QuoteLocator> _locators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SeedLocation> _relationIds = new(StringComparer.Ordinal);
    private readonly List<Relation> _relations = [];
    private Dictionary<string, Article>? _articlesById;

    public ImportBatch Batch => new(
        _articles.Values.Select(a => a.Article).ToList(),
        _entities.Values.Select(e => e.Entity).ToList(),
        _relations);

    private Dictionary<string, Article> ArticlesById => _articlesById ??= _articles.ToDictionary(p => p.Key, p => p.Value.Article, StringComparer.Ordinal);

    public void AddArticlesAndEntities(IReadOnlyList<ArticleDraft> articles, IReadOnlyList<EntityDraft> entities)
    {
        foreach (var draft in articles)
        {
            AddUnique(_articles, draft.Article.Id, draft, draft.At, d => d.At, "article");
        }

        _articlesById = null;

        foreach (var draft in entities)
        {
            AddUnique(_entities, draft.Entity.Id, draft, draft.At, d => d.At, "entity");
        }

        CheckArticleLinks();
        CheckPlaces();
    }

    public void AddRelations(IEnumerable<RelationDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            AddUnique(_relationIds, draft.Id, draft.At, draft.At, at => at, "relation");
            if (CheckRelation(draft) is { } relation)
            {
                _relations.Add(relation);
                if (relation.Status is RelationStatus.Confirmed or RelationStatus.Denied or RelationStatus.Disputed)
                {
                    _statusLines[relation.Id] = draft.StatusAt;
                }
            }
        }
    }

    private void AddUnique<T>(Dictionary<string, T> seen, string id, T value, SeedLocation at, Func<T, SeedLocation> locationOf, string what)
    {
        if (!seen.TryAdd(id, value))
        {
            problems.Add(at, $"duplicate {what} id '{id}' (first defined at {locationOf(seen[id])})");
        }
    }

    private void CheckArticleLinks()
    {
        foreach (var draft in _articles.Values)
        {
            if (draft.Article.Republishes is { } original && !_articles.ContainsKey(original))
            {
                problems.Add(draft.RepublishesAt ?? draft.At, $"unknown article '{original}' in 'republishes'");
            }

            foreach (var cited in draft.Article.Cites.Where(c => !_articles.ContainsKey(c)))
            {
                problems.Add(draft.CitesAt ?? draft.At, $"unknown article '{cited}' in 'cites'");
            }

            if (LinkLoopThrough(draft.Article.Id) is { } loop)
            {
                problems.Add(draft.RepublishesAt ?? draft.CitesAt ?? draft.At,
                    $"'republishes'/'cites' links lead back to this article ({string.Join(" → ", loop)}), so its independent sources cannot be counted");
            }
        }
    }

    /// <summary>The shortest chain of republishes/cites links from an article back to itself, or null.</summary>
    private List<string>? LinkLoopThrough(string start)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new Queue<string>([start]);
        while (pending.TryDequeue(out var id))
        {
            if (!_articles.TryGetValue(id, out var draft))
            {
                continue;
            }

            foreach (var next in draft.Article.Cites.Prepend(draft.Article.Republishes).OfType<string>())
            {
                if (next == start)
                {
                    var loop = new List<string> { start };
                    for (var at = id; at != start; at = previous[at])
                    {
                        loop.Insert(1, at);
                    }

                    loop.Add(start);
                    return loop;
                }

                if (previous.TryAdd(next, id))
                {
                    pending.Enqueue(next);
                }
            }
        }

        return null;
    }
}
