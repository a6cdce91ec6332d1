using Throughline.Core.Model;

namespace Throughline.Core.Tests.SeedData;

/// <summary>Stance, speaker, attribution, origin and observation date on evidence; the relation qualifiers; events and unnamed parties.</summary>
public sealed class SeedEvidenceTests
{
    private static readonly ImportBatchView Stances = new(SeedFixtures.Load("stances"));

    [Fact]
    public void The_fixture_with_every_new_key_loads_without_problems() =>
        SeedFixtures.Problems("stances").Should().BeEmpty();

    [Fact]
    public void Evidence_items_carry_their_stance_speaker_attribution_and_observation_date()
    {
        var owns = Stances.Relation("acme-owns-beta");

        owns.Evidence.Select(e => e.Stance).Should().Equal(EvidenceStance.Asserts, EvidenceStance.Asserts, EvidenceStance.Asserts, EvidenceStance.Confirms);
        owns.Evidence[0].AttributedTo.Should().Be("company filings");
        owns.Evidence[0].ObservedAt.Should().Be(PartialDate.Parse("2019-11"));
        owns.Evidence[3].Speaker.Should().Be("org/acme");
        Stances.Relation("acme-supplies-beta").Evidence[2].Speaker.Should().Be("Beta spokeswoman", "a speaker that is not an entity id is a label");
    }

    [Fact]
    public void Origins_default_through_republishes_and_keep_a_citing_articles_own_reporting()
    {
        var owns = Stances.Relation("acme-owns-beta");

        owns.Evidence.Select(e => e.OriginId).Should().Equal("news-1", "news-1", "news-1", "hill-1");
        owns.IndependentSources.Should().Be(2, "the Times (three copies and restatements) and the spokesperson's statement to The Hill");
    }

    [Fact]
    public void Denials_and_declined_comments_are_not_sources_but_denials_contest_the_relation()
    {
        var supplies = Stances.Relation("acme-supplies-beta");

        supplies.IndependentSources.Should().Be(1);
        supplies.IsContested.Should().BeTrue();
        Stances.Relation("acme-owns-beta").IsContested.Should().BeFalse();
    }

    [Fact]
    public void Relations_carry_channel_amount_qualifiers_quantity_and_role()
    {
        var supplies = Stances.Relation("acme-supplies-beta");

        supplies.Channel.Should().Be(SupplyChannel.Indirect);
        supplies.Amount.Should().Be(new Money(1_800_000_000m, "CNY", AmountQualifier.AtLeast, "year", new Money(256_000_000m, "USD")));
        supplies.Quantity.Should().Be(new Quantity(1700m, "drives", AmountQualifier.About));
        Stances.Relation("jane-doe-at-expo").Role.Should().Be("speaker");
        Stances.Relation("jane-doe-at-expo").Type.Should().Be(RelationType.ParticipatedIn);
    }

    [Fact]
    public void Events_and_unnamed_parties_are_entities()
    {
        var entities = Stances.Result.Batch.Entities.ToDictionary(e => e.Id);

        entities["event/example-expo"].Kind.Should().Be(EntityKind.Event);
        entities["org/beta-subsidiary"].Unnamed.Should().BeTrue();
        entities["org/beta"].Unnamed.Should().BeFalse();
    }

    [Fact]
    public void Wrong_speakers_origins_stances_and_misplaced_qualifiers_are_each_reported_at_their_line() =>
        SeedFixtures.Problems("evidence-errors").Should().BeEquivalentTo(
            "claims/news-1.yaml:7: 'channel' belongs to SUPPLIES relations only, not OWNS",
            "claims/news-1.yaml:10: unknown entity 'org/nobody' in 'speaker' (not in entities.yaml; write a label such as \"Hikvision spokeswoman\" for an unnamed speaker)",
            "claims/news-1.yaml:13: 'origin: hill-1' is not 'copy-1', an article it republishes or one it cites: add 'hill-1' to its 'cites' if it restates that piece",
            "claims/news-1.yaml:16: unknown stance 'CONFIRMED' (expected one of: ASSERTS, CONFIRMS, DENIES, DISPUTES, NO_COMMENT, CONTEXT)",
            "claims/news-1.yaml:21: 'reason' belongs to LISTED_ON relations only, not SUPPLIES",
            "claims/news-1.yaml:22: unknown qualifier 'ROUGHLY' (expected one of: EXACT, AT_LEAST, ABOUT, AT_MOST)",
            "claims/news-1.yaml:25: unknown article 'elsewhere' in 'origin' (no articles/elsewhere.md; add a metadata-only article for the source)");

    private sealed record ImportBatchView(Throughline.Core.SeedData.SeedLoadResult Result)
    {
        public Relation Relation(string id) => Result.Batch.Relations.Single(r => r.Id == id);
    }
}
