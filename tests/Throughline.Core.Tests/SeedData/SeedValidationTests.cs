namespace Throughline.Core.Tests.SeedData;

/// <summary>One fixture directory per kind of mistake; each problem is asserted with its file and line.</summary>
public sealed class SeedValidationTests
{
    [Fact]
    public void A_YAML_syntax_error_is_reported_at_its_line() =>
        SeedFixtures.Problems("yaml-syntax").Should().ContainSingle(p => p.StartsWith("entities.yaml:7: YAML syntax error", StringComparison.Ordinal));

    [Fact]
    public void An_unknown_entity_reference_is_reported_at_its_key() =>
        SeedFixtures.Problems("unknown-entity").Should().Equal("claims/news-1.yaml:6: unknown entity 'org/nobody' in 'to' (not in entities.yaml)");

    [Fact]
    public void An_unknown_article_in_evidence_is_reported_at_its_key() =>
        SeedFixtures.Problems("unknown-article").Should().Equal("claims/news-1.yaml:12: unknown article 'news-2' (no articles/news-2.md)");

    [Fact]
    public void An_unknown_article_in_republishes_is_reported_in_the_front_matter() =>
        SeedFixtures.Problems("unknown-article-link").Should().Equal("articles/news-1.md:4: unknown article 'wsj-original' in 'republishes'");

    [Fact]
    public void An_unknown_relation_type_is_reported() =>
        SeedFixtures.Problems("unknown-type").Should().ContainSingle()
            .Which.Should().StartWith("claims/news-1.yaml:4: unknown relation type 'SUPPLY'");

    [Fact]
    public void A_relation_type_joining_kinds_it_may_not_join_is_reported() =>
        SeedFixtures.Problems("wrong-kinds").Should().ContainSingle()
            .Which.Should().StartWith("claims/news-1.yaml:3: LOCATED_IN (thing → place) cannot join Organization 'org/acme' to Organization 'org/beta'");

    [Fact]
    public void An_invalid_date_is_reported() =>
        SeedFixtures.Problems("bad-date").Should().Equal("claims/news-1.yaml:7: 'validFrom': '2018-13' is not a valid date");

    [Fact]
    public void Reversed_dates_are_reported() =>
        SeedFixtures.Problems("reversed-dates").Should().Equal("claims/news-1.yaml:7: validFrom 2019-06 is after validTo 2018");

    [Fact]
    public void A_percentage_outside_0_to_100_is_reported() =>
        SeedFixtures.Problems("percentage").Should().Equal("claims/news-1.yaml:10: stakePercent 120 is outside 0..100");

    [Fact]
    public void A_confidence_outside_0_to_1_is_reported() =>
        SeedFixtures.Problems("confidence").Should().Equal("claims/news-1.yaml:10: confidence 1.2 is outside 0..1");

    [Fact]
    public void Duplicate_entity_and_relation_ids_are_reported_with_the_first_definition()
    {
        var problems = SeedFixtures.Problems("duplicate-ids");

        problems.Should().HaveCount(2);
        problems.Should().Contain(p => p.StartsWith("claims/news-1.yaml:13: duplicate relation id 'acme-supplies-beta' (first defined at ", StringComparison.Ordinal)
            && p.EndsWith("news-1.yaml:3)", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("entities.yaml:9: duplicate entity id 'org/acme' (first defined at ", StringComparison.Ordinal)
            && p.EndsWith("entities.yaml:1)", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_id_syntax_is_reported_for_articles_entities_and_relations()
    {
        var problems = SeedFixtures.Problems("bad-ids");

        problems.Should().Contain(p => p.StartsWith("articles/Bad_Name.md:1: article id 'Bad_Name'", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("entities.yaml:6: entity id 'Org/Beta_Systems' must be <prefix>/<slug>", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("claims/news-1.yaml:3: relation id 'Acme_Supplies_Beta'", StringComparison.Ordinal));
        problems.Should().HaveCount(4, "the relation's 'to: org/beta' no longer resolves either")
            .And.Contain("claims/news-1.yaml:6: unknown entity 'org/beta' in 'to' (not in entities.yaml)");
    }

    [Fact]
    public void A_locatedIn_naming_something_other_than_a_place_is_reported() =>
        SeedFixtures.Problems("located-in-not-place").Should().Equal(
            "entities.yaml:15: 'locatedIn: org/acme' must name a Place, but it is a Organization");

    [Fact]
    public void A_locatedIn_cycle_is_reported_once() =>
        SeedFixtures.Problems("located-in-cycle").Should().Equal(
            "entities.yaml:16: 'locatedIn' forms a cycle: place/city → place/region → place/city");

    [Fact]
    public void A_quote_not_verbatim_in_its_article_is_reported() =>
        SeedFixtures.Problems("quote-not-found").Should().ContainSingle()
            .Which.Should().StartWith("claims/news-1.yaml:13: quote not found verbatim in article 'news-1'");

    [Fact]
    public void A_quote_from_an_article_without_text_is_reported() =>
        SeedFixtures.Problems("quote-from-textless").Should().Equal(
            "claims/news-1.yaml:12: article 'ref-only' has no text (known only by reference), so it cannot be quoted");

    [Fact]
    public void Unknown_keys_are_reported_with_a_suggestion()
    {
        var problems = SeedFixtures.Problems("unknown-keys");

        problems.Should().BeEquivalentTo(
            "articles/news-1.md:2: unknown key 'titel' in article front matter (did you mean 'title'?)",
            "claims/news-1.yaml:10: unknown key 'stakePercnt' in relation (did you mean 'stakePercent'?)",
            "entities.yaml:4: unknown key 'aliasses' in entity (did you mean 'aliases'?)");
    }

    [Fact]
    public void Every_problem_in_every_file_is_reported_in_one_pass()
    {
        var problems = SeedFixtures.Problems("many-problems");

        problems.Should().Equal(
            "articles/news-1.md:4: 'published': '26.11.2019' is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD",
            "claims/news-1.yaml:6: unknown entity 'org/nobody' in 'to' (not in entities.yaml)",
            "claims/news-1.yaml:10: confidence 2 is outside 0..1",
            "entities.yaml:15: unknown entity 'place/nowhere' in 'locatedIn'");
    }

    [Fact]
    public void A_claims_file_named_after_another_article_is_reported() =>
        SeedFixtures.Problems("claims-file-name").Should().Equal(
            "claims/news-one.yaml:1: 'article: news-1' does not match the file name: claims for it belong in claims/news-1.yaml");

    [Fact]
    public void Republishes_and_cites_links_that_loop_are_reported_for_each_article_on_the_loop() =>
        SeedFixtures.Problems("article-link-cycle").Should().Equal(
            "articles/news-1.md:4: 'republishes'/'cites' links lead back to this article (news-1 → ref-only → news-1), so its independent sources cannot be counted",
            "articles/ref-only.md:4: 'republishes'/'cites' links lead back to this article (ref-only → news-1 → ref-only), so its independent sources cannot be counted");

    [Fact]
    public void A_file_with_the_wrong_extension_is_reported_rather_than_skipped() =>
        SeedFixtures.Problems("stray-file").Should().Equal("claims/news-1.yml:1: unexpected file in claims/: expected *.yaml files only");
}
