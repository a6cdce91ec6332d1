using Throughline.Core.Model;

namespace Throughline.Core.Tests.Model;

public sealed class ProvenanceTests
{
    private static readonly Dictionary<string, Article> Articles = new[]
    {
        Article("wsj"),
        Article("copy-1", republishes: "wsj"),
        Article("copy-2", republishes: "copy-1"),
        Article("hill", cites: ["wsj"]),
        Article("digest", cites: ["hill", "fp"]),
        Article("fp"),
        Article("loop-a", republishes: "loop-b"),
        Article("loop-b", republishes: "loop-a"),
    }.ToDictionary(a => a.Id);

    [Fact]
    public void Syndicated_copies_count_as_their_original()
    {
        Sources(Quote("wsj"), Quote("copy-1"), Quote("copy-2")).Should().Be(1);
        Provenance.DefaultOrigin("copy-2", Articles).Should().Be("wsj");
    }

    [Fact]
    public void A_citing_articles_own_reporting_is_a_source_of_its_own()
    {
        // The Hill cites the Journal, but a spokesperson's statement given to The Hill was first published there.
        Sources(Quote("wsj"), Quote("hill", EvidenceStance.Confirms)).Should().Be(2);
    }

    [Fact]
    public void A_quote_restating_a_cited_piece_counts_as_that_piece()
    {
        Sources(Quote("wsj"), Quote("hill") with { Origin = "wsj" }).Should().Be(1);
        Sources(Quote("digest") with { Origin = "fp" }, Quote("fp")).Should().Be(1);
    }

    [Fact]
    public void Only_asserting_and_confirming_evidence_counts()
    {
        Sources(Quote("wsj"), Quote("fp", EvidenceStance.Denies)).Should().Be(1);
        Sources(Quote("wsj", EvidenceStance.Disputes), Quote("fp", EvidenceStance.NoComment), Quote("hill", EvidenceStance.Context))
            .Should().Be(0);
    }

    [Fact]
    public void Independent_articles_each_count()
    {
        Sources(Quote("wsj"), Quote("fp")).Should().Be(2);
        Sources(Quote("wsj"), Quote("wsj")).Should().Be(1, "two quotes from one article are one source");
    }

    [Fact]
    public void Recorded_origins_count_without_the_articles()
    {
        var relation = Relation(Quote("copy-1") with { Origin = "wsj" }, Quote("hill") with { Origin = "hill" }, Quote("wsj"));

        Provenance.IndependentSources(relation).Should().Be(2);
        relation.IndependentSources.Should().Be(2);
    }

    [Fact]
    public void A_quote_may_name_as_origin_only_its_article_or_what_it_reaches_by_links()
    {
        Provenance.PossibleOrigins("digest", Articles).Should().BeEquivalentTo(["digest", "hill", "wsj", "fp"]);
        Provenance.PossibleOrigins("fp", Articles).Should().BeEquivalentTo(["fp"]);
    }

    [Fact]
    public void An_article_not_in_the_set_is_its_own_origin() =>
        Provenance.DefaultOrigin("unknown", Articles).Should().Be("unknown");

    [Fact]
    public void A_cycle_of_republishes_links_terminates() =>
        Provenance.DefaultOrigin("loop-a", Articles).Should().BeOneOf("loop-a", "loop-b");

    private static Evidence Quote(string article, EvidenceStance stance = EvidenceStance.Asserts) => new(article, "q", 0, 1, stance);

    private static int Sources(params Evidence[] evidence) => Provenance.IndependentSources(Relation(evidence), Articles);

    private static Relation Relation(params Evidence[] evidence) =>
        new("r", RelationType.Supplies, "org/a", "org/b", RelationStatus.Reported, 0.8, evidence);

    private static Article Article(string id, string? republishes = null, IReadOnlyList<string>? cites = null) =>
        new(id, id, null, [], null, null, republishes, cites ?? [], "text");
}
