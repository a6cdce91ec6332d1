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
        Article("digest", cites: ["wsj", "fp"]),
        Article("fp"),
        Article("loop-a", republishes: "loop-b"),
        Article("loop-b", cites: ["loop-a"]),
    }.ToDictionary(a => a.Id);

    [Fact]
    public void Syndicated_copies_count_as_their_original()
    {
        Sources("wsj", "copy-1", "copy-2").Should().Be(1);
        Provenance.Origins("copy-2", Articles).Should().BeEquivalentTo("wsj");
    }

    [Fact]
    public void A_report_on_reporting_counts_as_the_reporting_it_cites()
    {
        Sources("wsj", "hill").Should().Be(1);
        Sources("hill", "fp").Should().Be(2);
        Sources("digest").Should().Be(2);
    }

    [Fact]
    public void Independent_articles_each_count()
    {
        Sources("wsj", "fp").Should().Be(2);
        Sources("wsj", "wsj").Should().Be(1, "two quotes from one article are one source");
    }

    [Fact]
    public void An_article_not_in_the_set_is_its_own_origin() =>
        Provenance.Origins("unknown", Articles).Should().BeEquivalentTo("unknown");

    [Fact]
    public void A_cycle_of_links_terminates()
    {
        var origins = Provenance.Origins("loop-a", Articles);

        origins.Should().BeEmpty("every article on the loop points elsewhere, so none is an origin");
    }

    private static int Sources(params string[] articleIds) => Provenance.IndependentSources(
        new Relation("r", RelationType.Supplies, "org/a", "org/b", RelationStatus.Reported, 0.8,
            articleIds.Select(id => new Evidence(id, "q", 0, 1)).ToList()),
        Articles);

    private static Article Article(string id, string? republishes = null, IReadOnlyList<string>? cites = null) =>
        new(id, id, null, [], null, null, republishes, cites ?? [], "text");
}
