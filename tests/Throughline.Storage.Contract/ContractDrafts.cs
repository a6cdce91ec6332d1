using Throughline.Core.Drafts;
using Throughline.Core.Model;

namespace Throughline.Storage.Contract;

/// <summary>Drafts over the contract graph: a new article naming Acme, Gamma and a name the graph does not know.</summary>
public static class ContractDrafts
{
    public const string Text = "Acme sells sensors to Gamma. Delta Optics Ltd. partnered with Acme in 2021.";

    public static Article Article { get; } = new("f-new", "Acme's new customers", "The Daily", [], "https://example.org/f",
        PartialDate.Parse("2021-06-01"), null, [], Text);

    public static Draft Draft(string id = "f-new") => new(
        id,
        Article,
        new DateTimeOffset(2026, 12, 2, 21, 0, 0, TimeSpan.Zero),
        0,
        [
            new("org/delta-optics", "Delta Optics Ltd.", EntityKind.Organization, 0.7, "name: corporate suffix 'Ltd.'",
                [new("org/beta", "Beta Systems", 0.41), new("org/acme", "Acme", 0.12)]),
        ],
        [
            new("acme-supplies-gamma-sensors", RelationType.Supplies, "org/acme", "org/gamma", RelationStatus.Reported, 0.6,
                "phrasing 'sells … to'", [Quote("Acme sells sensors to Gamma.", EvidenceStance.Asserts, "sentence 1")],
                Product: "sensors", Amount: new Money(2.5m, "USD", AmountQualifier.AtLeast, "year")),
            new("delta-partnered-with-acme", RelationType.PartneredWith, "org/delta-optics", "org/acme", RelationStatus.Reported, 0.5,
                "phrasing 'partnered with'; date 2021", [Quote("Delta Optics Ltd. partnered with Acme in 2021.", EvidenceStance.Asserts, "sentence 2")],
                ValidFrom: PartialDate.Parse("2021")),
        ]);

    /// <summary>What accepting the first relation writes: the article and the relation with its verbatim quote.</summary>
    public static Core.Storage.ImportBatch AcceptFirst(Draft draft)
    {
        var proposal = draft.Relations[0];
        var quote = proposal.Evidence[0];
        var relation = new Relation(proposal.Id, proposal.Type, proposal.From, proposal.To, proposal.Status, proposal.Confidence,
            [new Evidence(Article.Id, quote.Quote, quote.Start, quote.End)]) { Product = proposal.Product };
        return new([Article], [], [relation]);
    }

    private static DraftQuote Quote(string quote, EvidenceStance stance, string signal)
    {
        var start = Text.IndexOf(quote, StringComparison.Ordinal);
        return new DraftQuote(quote, start, start + quote.Length, stance, null, null, signal);
    }
}
