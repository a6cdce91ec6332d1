using System.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.Ingest.Drafting;

namespace Throughline.Ingest.Evaluation;

/// <summary>Counts of one comparison: proposed and right, proposed and wrong, curated and missed.</summary>
public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);

    public static Score operator +(Score a, Score b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    public static Score Zero { get; } = new(0, 0, 0);
}

/// <summary>One held-out article's figures.</summary>
public sealed record ArticleEvaluation(
    string ArticleId, int Words, TimeSpan DraftTime, IReadOnlyDictionary<RelationType, Score> Relations, Score Endpoints, Score NewEntities);

/// <summary>
/// Leave-one-article-out over curated seed data: for each article, its claims (every relation with a quote from it) are
/// taken out, with the entities only those relations use, and the article is drafted against what is left. A proposal is
/// right when its type and ends (a proposed new entity counting as the held-out entity whose name it matches) are those
/// of a curated relation. Endpoints: the entities the draft's relations use against those the curated relations use.
/// New entities: proposals against the held-out entities.
/// </summary>
public static class LeaveOneOut
{
    public static IReadOnlyList<ArticleEvaluation> Run(ImportBatch seed, IEnumerable<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(articleIds);
        return articleIds.Select(id => Evaluate(seed, id)).ToList();
    }

    public static ArticleEvaluation Evaluate(ImportBatch seed, string articleId)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var article = seed.Articles.Single(a => a.Id == articleId);
        var gold = seed.Relations.Where(r => r.Evidence.Any(e => e.ArticleId == articleId)).ToList();
        var kept = seed.Relations.Where(r => !gold.Contains(r)).ToList();
        var stillUsed = kept.SelectMany(r => new[] { r.From, r.To }).ToHashSet(StringComparer.Ordinal);
        var goldEnds = gold.SelectMany(r => new[] { r.From, r.To }).ToHashSet(StringComparer.Ordinal);
        var heldOut = seed.Entities.Where(e => goldEnds.Contains(e.Id) && !stillUsed.Contains(e.Id)).ToList();
        var heldOutIds = heldOut.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var locatedIn = seed.Entities.Where(e => !heldOutIds.Contains(e.Id)).Select(e => e.LocatedIn).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var graph = seed.Entities.Where(e => !heldOutIds.Contains(e.Id) || locatedIn.Contains(e.Id)).ToList();
        heldOut = heldOut.Where(e => !locatedIn.Contains(e.Id)).ToList();

        var clock = Stopwatch.StartNew();
        var draft = new Drafter(graph, kept.Select(r => r.Id))
            .Draft(new ExtractedArticle(article.Text ?? string.Empty, article.Title, article.Published?.ToString()), articleId);
        clock.Stop();

        var mapping = MapNewEntities(draft, heldOut);
        string Map(string id) => mapping.GetValueOrDefault(id, id);
        var proposed = draft.Relations.Select(r => Key(r.Type, Map(r.From), Map(r.To))).ToHashSet();
        var curated = gold.Select(r => Key(r.Type, r.From, r.To)).ToHashSet();
        var byType = Enum.GetValues<RelationType>()
            .Select(t => (Type: t, Score: new Score(
                proposed.Count(k => k.Type == t && curated.Contains(k)),
                proposed.Count(k => k.Type == t && !curated.Contains(k)),
                curated.Count(k => k.Type == t && !proposed.Contains(k)))))
            .Where(p => p.Score != Score.Zero)
            .ToDictionary(p => p.Type, p => p.Score);

        var drafted = draft.Relations.SelectMany(r => new[] { Map(r.From), Map(r.To) }).ToHashSet(StringComparer.Ordinal);
        var endpoints = new Score(drafted.Count(goldEnds.Contains), drafted.Count(e => !goldEnds.Contains(e)), goldEnds.Count(e => !drafted.Contains(e)));
        var matchedHeldOut = mapping.Values.ToHashSet(StringComparer.Ordinal);
        var newEntities = new Score(
            draft.Entities.Count(e => mapping.ContainsKey(e.Id)),
            draft.Entities.Count(e => !mapping.ContainsKey(e.Id)),
            heldOut.Count(e => !matchedHeldOut.Contains(e.Id)));
        var words = (article.Text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return new ArticleEvaluation(articleId, words, clock.Elapsed, byType, endpoints, newEntities);
    }

    /// <summary>A proposed entity is the held-out entity it names: same matching key, or a resolver score of at least 0.85.</summary>
    private static Dictionary<string, string> MapNewEntities(ArticleDraftResult draft, IReadOnlyList<Entity> heldOut)
    {
        var resolver = new EntityResolver(heldOut);
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var proposal in draft.Entities)
        {
            if (EntityResolver.Best(resolver.Candidates(proposal.Name, null)) is { } match)
            {
                mapping[proposal.Id] = match.EntityId;
            }
        }

        return mapping;
    }

    private static (RelationType Type, string From, string To) Key(RelationType type, string from, string to) =>
        type is RelationType.PartneredWith or RelationType.ResearchCollaboration && string.CompareOrdinal(from, to) > 0
            ? (type, to, from)
            : (type, from, to);
}
