using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Core.Synthetic;

/// <summary>
/// Generates a deterministic synthetic graph (same options, same graph) for benchmarks and importer timing. Relation
/// types follow a realistic mix and respect the catalogue's allowed kinds; every project is LOCATED_IN a county while
/// the relation count allows, so "projects in Xinjiang" selectors have answers.
/// </summary>
public static class SyntheticGraph
{
    private static readonly (RelationType Type, int Weight)[] TypeMix =
    [
        (RelationType.Supplies, 28), (RelationType.Owns, 8), (RelationType.ParentOf, 5), (RelationType.InvestedIn, 8),
        (RelationType.Manufactures, 8), (RelationType.ContractorFor, 12), (RelationType.Commissioned, 5),
        (RelationType.OperatesIn, 5), (RelationType.DeployedIn, 4), (RelationType.PartneredWith, 5),
        (RelationType.Sponsored, 2), (RelationType.ResearchCollaboration, 3), (RelationType.ListedOn, 1),
        (RelationType.AffiliatedWith, 6),
    ];

    private static readonly string[] Products = ["chips", "hard drives", "cameras", "servers", "software"];

    public static GraphSnapshot Generate(SyntheticGraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var random = new Random(options.Seed);
        var entities = SyntheticEntities.Create(options.Entities);
        var picker = new EndpointPicker(entities, options.Shape, random);
        var drafts = new List<Draft>(options.Relations);
        var counties = picker.OfKind(EntityKind.Place).Where(e => entities[e].Id.StartsWith("place/county-", StringComparison.Ordinal)).ToArray();
        var projects = picker.OfKind(EntityKind.Project);
        var placements = Math.Min(projects.Length, options.Relations / 10);
        for (var i = 0; i < placements; i++)
        {
            drafts.Add(new Draft(RelationType.LocatedIn, projects[i], counties[random.Next(counties.Length)]));
        }

        var totalWeight = TypeMix.Sum(t => t.Weight);
        while (drafts.Count < options.Relations)
        {
            var roll = random.Next(totalWeight);
            var type = TypeMix.First(t => (roll -= t.Weight) < 0).Type;
            var info = RelationCatalogue.Get(type);
            var from = picker.Pick(info.FromKinds);
            var to = picker.Pick(info.ToKinds);
            if (from != to)
            {
                drafts.Add(new Draft(type, from, to));
            }
        }

        var relations = new Relation[drafts.Count];
        var articles = new List<Article>();
        var writer = options.WithArticles ? new ArticleWriter() : null;
        for (var i = 0; i < drafts.Count; i++)
        {
            if (writer is not null && i % options.RelationsPerArticle == 0 && i > 0)
            {
                articles.Add(writer.Finish(articles.Count));
            }

            relations[i] = Create(i, drafts[i], entities, random, writer, articles.Count);
        }

        if (writer is not null)
        {
            articles.Add(writer.Finish(articles.Count));
        }

        return new GraphSnapshot(articles, entities, relations);
    }

    private static Relation Create(int index, Draft draft, List<Entity> entities, Random random, ArticleWriter? writer, int article)
    {
        var id = $"r-{index}";
        var from = entities[draft.From];
        var to = entities[draft.To];
        var roll = random.Next(100);
        var status = roll switch
        {
            < 85 => RelationStatus.Reported,
            < 93 => RelationStatus.Confirmed,
            < 97 => RelationStatus.Disputed,
            < 99 => RelationStatus.Denied,
            _ => RelationStatus.Retracted,
        };
        PartialDate? validFrom = random.Next(4) == 0 ? PartialDate.FromYear(2005 + random.Next(15)) : null;
        PartialDate? validTo = validFrom is { } start && random.Next(5) < 2 ? PartialDate.FromYear(start.Year + random.Next(8)) : null;
        var product = draft.Type == RelationType.Supplies ? Products[random.Next(Products.Length)] : null;
        // The stance bears out the status, as the seed validator requires: the source party confirms or denies.
        var (stance, speaker) = status switch
        {
            RelationStatus.Confirmed => (EvidenceStance.Confirms, from.Id),
            RelationStatus.Denied => (EvidenceStance.Denies, from.Id),
            RelationStatus.Disputed => (EvidenceStance.Disputes, (string?)null),
            _ => (EvidenceStance.Asserts, null),
        };
        IReadOnlyList<Evidence> evidence = writer is null
            ? []
            : [writer.State($"{from.Name} {RelationCatalogue.WireName(draft.Type).Replace('_', ' ').ToLowerInvariant()} {to.Name} (claim {id}).", article)
                with { Stance = stance, Speaker = speaker }];
        return new Relation(id, draft.Type, from.Id, to.Id, status, status.DefaultConfidence(), evidence, validFrom, validTo, Product: product);
    }

    private readonly record struct Draft(RelationType Type, int From, int To);
}
