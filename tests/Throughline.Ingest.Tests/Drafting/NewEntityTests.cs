using Throughline.Core.Model;

namespace Throughline.Ingest.Tests.Drafting;

public sealed class NewEntityTests
{
    [Fact]
    public void Unknown_names_are_proposed_with_a_kind_guess_from_their_words_and_context()
    {
        var draft = InventedGraph.Draft(
            "Zentrix Technologies Co. Ltd. won a contract from the Ministry of Public Works, said Maria Okafor, a researcher at Acme Capital. " +
            "The cameras were also sold in Tarvos.");

        draft.Entities.Select(e => (e.Name, e.Kind)).Should().Contain(new[]
        {
            ("Zentrix Technologies Co. Ltd.", EntityKind.Organization),
            ("Ministry of Public Works", EntityKind.GovernmentBody),
            ("Maria Okafor", EntityKind.Person),
            ("Tarvos", EntityKind.Place),
        });
        draft.Entities.Single(e => e.Name.StartsWith("Zentrix", StringComparison.Ordinal)).Id.Should().Be("org/zentrix-technologies");
        draft.Relations.Should().Contain(r => r.Type == RelationType.AffiliatedWith && r.From == "person/maria-okafor" && r.To == "org/acme-capital");
    }

    [Fact]
    public void Sentence_initial_words_months_and_nationalities_are_not_names()
    {
        var draft = InventedGraph.Draft("However, Chinese buyers paid in March. The Tuesday sale was small. Yesterday it rained.");

        draft.Entities.Should().BeEmpty();
    }

    [Fact]
    public void A_near_spelling_of_a_known_entity_is_ranked_first_among_its_candidates_but_not_merged()
    {
        var draft = InventedGraph.Draft("Norland Group sold sensors to Delta Vision.");

        var proposal = draft.Entities.Should().ContainSingle().Subject;
        proposal.Candidates[0].EntityId.Should().Be("org/norland-holdings");
        proposal.Candidates[0].Score.Should().BeInRange(0.55, 0.85);
        draft.Relations.Single().From.Should().Be(proposal.Id);
    }

    [Fact]
    public void A_name_the_resolver_is_sure_of_is_used_and_said_so()
    {
        var draft = InventedGraph.Draft("Acme Capital invested in Delta Visoin.");

        draft.Resolved.Should().ContainSingle(r => r.EntityId == "org/delta-vision" && r.Score >= 0.85);
        var relation = draft.Relations.Single();
        relation.To.Should().Be("org/delta-vision");
        relation.Signal.Should().Contain("resolved to org/delta-vision");
        draft.Entities.Should().BeEmpty();
    }

    [Fact]
    public void Initials_are_a_candidate_for_the_long_name()
    {
        var resolver = new EntityResolver(InventedGraph.Entities);

        resolver.Candidates("HPB", EntityKind.GovernmentBody).Should().Contain(c => c.EntityId == "gov/harbor-police");
    }
}
