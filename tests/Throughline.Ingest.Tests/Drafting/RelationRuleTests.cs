using Throughline.Core.Model;

namespace Throughline.Ingest.Tests.Drafting;

public sealed class RelationRuleTests
{
    [Fact]
    public void An_investment_with_an_amount_and_a_relative_date_is_proposed_in_canonical_direction()
    {
        var draft = InventedGraph.Draft("Acme Capital invested $12 million in Brightwave Labs last month.");

        var relation = draft.Relations.Should().ContainSingle().Subject;
        relation.Type.Should().Be(RelationType.InvestedIn);
        (relation.From, relation.To).Should().Be(("org/acme-capital", "org/brightwave-labs"));
        relation.Amount.Should().Be(new Money(12_000_000m, "USD"));
        relation.ValidFrom.Should().Be(PartialDate.FromYearMonth(2021, 5));
        relation.Signal.Should().Contain("rule invested-in");
        relation.Confidence.Should().BeInRange(0.5, 0.95);
    }

    [Fact]
    public void A_passive_ownership_names_the_owner_as_the_source_and_keeps_the_stake()
    {
        var draft = InventedGraph.Draft("Brightwave Labs is majority owned by Norland Holdings, which holds 35 percent of the shares.");

        var relation = draft.Relations.Should().ContainSingle(r => r.Type == RelationType.Owns).Subject;
        (relation.From, relation.To).Should().Be(("org/norland-holdings", "org/brightwave-labs"));
        relation.StakePercent.Should().Be(35);
    }

    [Fact]
    public void A_sale_to_a_government_body_is_a_supply_with_its_product()
    {
        var draft = InventedGraph.Draft("Corvid Systems sold thermal cameras to the Harbor Police Bureau in March.");

        var relation = draft.Relations.Should().ContainSingle().Subject;
        relation.Type.Should().Be(RelationType.Supplies);
        (relation.From, relation.To).Should().Be(("org/corvid-systems", "gov/harbor-police"));
        relation.Product.Should().Be("thermal cameras");
        relation.ValidFrom.Should().Be(PartialDate.FromYearMonth(2021, 3), "'in March' is the March before publication");
    }

    [Fact]
    public void A_customer_using_a_suppliers_parts_is_a_supply_from_the_supplier()
    {
        var draft = InventedGraph.Draft("Delta Vision uses Corvid's image sensors in its recorders.");

        var relation = draft.Relations.Should().ContainSingle().Subject;
        (relation.Type, relation.From, relation.To).Should().Be((RelationType.Supplies, "org/corvid-systems", "org/delta-vision"));
        relation.Product.Should().Be("image sensors");
    }

    [Fact]
    public void Kinds_decide_between_types_a_phrasing_could_mean()
    {
        var draft = InventedGraph.Draft("Harbor Watch, a camera network in Harbor Province, was commissioned by the Harbor Police Bureau.");

        draft.Relations.Select(r => (r.Type, r.From, r.To)).Should().Contain(new[]
        {
            (RelationType.LocatedIn, "project/harbor-watch", "place/harbor-province"),
            (RelationType.Commissioned, "gov/harbor-police", "project/harbor-watch"),
        });
    }

    [Fact]
    public void A_reporting_party_is_not_taken_for_a_party_to_what_it_reports()
    {
        var draft = InventedGraph.Draft("Acme reported that Corvid Systems sold cameras to Delta Vision.");

        draft.Relations.Select(r => (r.From, r.To)).Should().Equal(("org/corvid-systems", "org/delta-vision"));
    }

    [Fact]
    public void A_later_denial_by_a_party_makes_the_relation_denied_with_the_denial_as_evidence()
    {
        var draft = InventedGraph.Draft(
            "Corvid Systems has a partnership with Delta Vision, according to company brochures. Delta Vision denied that any such partnership exists.");

        var relation = draft.Relations.Should().ContainSingle().Subject;
        relation.Type.Should().Be(RelationType.PartneredWith);
        relation.Status.Should().Be(RelationStatus.Denied);
        relation.Evidence.Should().HaveCount(2);
        relation.Evidence[0].AttributedTo.Should().Be("company brochures");
        relation.Evidence[1].Should().Match<Throughline.Ingest.Drafting.EvidenceProposal>(e => e.Stance == EvidenceStance.Denies && e.Speaker == "org/delta-vision");
    }

    [Fact]
    public void No_comment_and_compliance_statements_get_their_stances_and_a_spokesperson_speaks_for_the_company()
    {
        var draft = InventedGraph.Draft(
            "Corvid Systems supplied chips to Delta Vision in 2019. A Corvid spokeswoman said the company complies with all export rules. " +
            "Delta Vision declined to comment.");

        var relation = draft.Relations.Should().ContainSingle().Subject;
        relation.Evidence.Select(e => (e.Stance, e.Speaker)).Should().Equal(
            (EvidenceStance.Asserts, null),
            (EvidenceStance.Context, "org/corvid-systems"),
            (EvidenceStance.NoComment, "org/delta-vision"));
        relation.Status.Should().Be(RelationStatus.Reported);
        relation.ValidFrom.Should().Be(PartialDate.FromYear(2019));
    }

    [Fact]
    public void A_role_at_an_organisation_affiliates_the_person()
    {
        var draft = InventedGraph.Draft("Jane Ito, the chief executive of Brightwave Labs, declined to say more.");

        draft.Relations.Should().ContainSingle(r => r.Type == RelationType.AffiliatedWith && r.From == "person/jane-ito" && r.To == "org/brightwave-labs");
    }

    [Fact]
    public void A_sale_that_ended_gives_an_end_date()
    {
        var draft = InventedGraph.Draft("Acme Capital owned a stake in Brightwave Labs from 2014 until 2018, when it sold the stake.");

        var relation = draft.Relations.Should().ContainSingle(r => r.Type == RelationType.Owns).Subject;
        relation.ValidFrom.Should().Be(PartialDate.FromYear(2014));
        relation.ValidTo.Should().Be(PartialDate.FromYear(2018));
    }

    [Fact]
    public void Every_quote_is_the_sentence_verbatim()
    {
        const string text = "Norland Holdings bought Brightwave Labs in 2017.\n\nLater, Corvid Systems   sold\nlenses to Delta Vision.";
        var draft = InventedGraph.Draft(text);

        draft.Relations.Should().HaveCount(2);
        foreach (var evidence in draft.Relations.SelectMany(r => r.Evidence))
        {
            text[evidence.Start..evidence.End].Should().Be(evidence.Quote);
        }
    }

    [Fact]
    public void A_sentence_with_one_party_proposes_nothing()
    {
        InventedGraph.Draft("Corvid Systems makes many things.").Relations.Should().BeEmpty();
    }
}
