using Throughline.Core.Model;
using Throughline.Ingest.Drafting;

namespace Throughline.Ingest.Tests.Drafting;

/// <summary>
/// A small invented graph and invented news sentences: the drafting rules are tested on text written for the tests,
/// never on the seed articles, which are kept for the leave-one-article-out evaluation.
/// </summary>
internal static class InventedGraph
{
    public static IReadOnlyList<Entity> Entities { get; } =
    [
        new("org/acme-capital", "Acme Capital", EntityKind.Organization, ["Acme Capital Partners"]),
        new("org/acme", "Acme", EntityKind.Organization, ["Acme Corp."]),
        new("org/brightwave-labs", "Brightwave Labs", EntityKind.Organization, []),
        new("org/norland-holdings", "Norland Holdings", EntityKind.Organization, []),
        new("org/corvid-systems", "Corvid Systems", EntityKind.Organization, ["Corvid"]),
        new("org/delta-vision", "Delta Vision", EntityKind.Organization, []),
        new("gov/harbor-police", "Harbor Police Bureau", EntityKind.GovernmentBody, []),
        new("project/harbor-watch", "Harbor Watch", EntityKind.Project, []),
        new("place/harbor-province", "Harbor Province", EntityKind.Place, []),
        new("person/jane-ito", "Jane Ito", EntityKind.Person, []),
    ];

    public static ArticleDraftResult Draft(string text, string published = "2021-06-15") =>
        new Drafter(Entities, []).Draft(new ExtractedArticle(text, "Invented", published), "invented");
}
