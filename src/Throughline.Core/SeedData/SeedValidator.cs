using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Core.SeedData;

/// <summary>
/// The checks that span files: unique ids, resolved references, relation types joining allowed kinds, the place
/// gazetteer, and quotes found in their articles. Builds the import batch (with evidence offsets) when all pass.
/// </summary>
internal sealed partial class SeedValidator(SeedDrafts drafts, ProblemList problems)
{
    private readonly Dictionary<string, ArticleDraft> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityDraft> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QuoteLocator> _locators = new(StringComparer.Ordinal);

    public ImportBatch Validate()
    {
        foreach (var draft in drafts.Articles)
        {
            AddUnique(_articles, draft.Article.Id, draft, draft.At, "article");
        }

        foreach (var draft in drafts.Entities)
        {
            AddUnique(_entities, draft.Entity.Id, draft, draft.At, "entity");
        }

        CheckArticleLinks();
        CheckPlaces();
        var seenRelations = new Dictionary<string, RelationDraft>(StringComparer.Ordinal);
        var relations = new List<Relation>(drafts.Relations.Count);
        foreach (var draft in drafts.Relations)
        {
            AddUnique(seenRelations, draft.Id, draft, draft.At, "relation");
            if (CheckRelation(draft) is { } relation)
            {
                relations.Add(relation);
            }
        }

        return new ImportBatch(
            drafts.Articles.Select(a => a.Article).ToList(),
            drafts.Entities.Select(e => e.Entity).ToList(),
            relations);
    }

    private void AddUnique<T>(Dictionary<string, T> seen, string id, T draft, SeedLocation at, string what)
        where T : notnull
    {
        if (!seen.TryAdd(id, draft))
        {
            var first = seen[id] switch
            {
                ArticleDraft a => a.At,
                EntityDraft e => e.At,
                RelationDraft r => r.At,
                _ => null,
            };
            problems.Add(at, $"duplicate {what} id '{id}' (first defined at {first})");
        }
    }

    private void CheckArticleLinks()
    {
        foreach (var draft in drafts.Articles)
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
