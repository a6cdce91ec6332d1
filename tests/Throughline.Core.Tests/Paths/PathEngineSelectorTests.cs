using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using static Throughline.Core.Model.RelationType;

namespace Throughline.Core.Tests.Paths;

public sealed class PathEngineSelectorTests
{
    /// <summary>
    /// Xinjiang ⊃ Tacheng prefecture ⊃ Tacheng city (gazetteer); a camp LOCATED_IN the city; a contractor OPERATES_IN the
    /// prefecture; a project placed only by a denied claim; and a project in Beijing.
    /// </summary>
    private static TestGraph Geography() => new TestGraph()
        .Entity("place/xinjiang", "Xinjiang", aliases: "Xinjiang Uyghur Autonomous Region")
        .Entity("place/tacheng-prefecture", "Tacheng Prefecture", "place/xinjiang")
        .Entity("place/tacheng", "Tacheng", "place/tacheng-prefecture")
        .Entity("place/beijing", "Beijing")
        .Entity("org/intel", "Intel", aliases: "Intel Corp.")
        .Entity("org/intel-capital", "Intel Capital")
        .Entity("org/contractor", "Contractor")
        .Relation("camp-in-tacheng", "project/camp", LocatedIn, "place/tacheng")
        .Relation("office-in-beijing", "project/office", LocatedIn, "place/beijing")
        .Relation("denied-placement", "project/rumoured", LocatedIn, "place/tacheng", status: RelationStatus.Denied)
        .Relation("contractor-operates", "org/contractor", OperatesIn, "place/tacheng-prefecture")
        .Relation("intel-supplies-contractor", "org/intel", Supplies, "org/contractor")
        .Relation("contractor-builds-camp", "org/contractor", ContractorFor, "project/camp")
        .Relation("contractor-builds-office", "org/contractor", ContractorFor, "project/office")
        .Relation("contractor-builds-rumoured", "org/contractor", ContractorFor, "project/rumoured");

    private static async Task<PathPage> Routes(EntitySelector from, EntitySelector to) =>
        await Geography().Engine().FindPathsAsync(new PathQuery(from, to, new PathOptions()));

    [Fact]
    public async Task Located_in_is_transitive_over_gazetteer_nesting_and_located_in_claims()
    {
        var page = await Routes(new(Names: ["intel"]), new(Kinds: [EntityKind.Project], LocatedIn: ["Xinjiang"]));

        page.Routes().Should().Equal("intel>contractor>camp");
    }

    [Fact]
    public async Task An_organisation_is_in_a_place_through_operates_in_and_places_within_count_too()
    {
        var page = await Routes(new(Names: ["Intel Corp."]), new(LocatedIn: ["place/xinjiang"]));

        page.Routes().Should().Equal(
            "intel>contractor", "intel>contractor>tacheng-prefecture", "intel>contractor>camp", "intel>contractor>camp>tacheng");
    }

    [Fact]
    public async Task A_place_is_not_located_in_itself()
    {
        var page = await Routes(new(Ids: ["project/camp"]), new(LocatedIn: ["Tacheng"]));

        page.TotalCount.Should().Be(0, "the camp's only route leads to Tacheng, which is not inside Tacheng");
    }

    [Fact]
    public async Task Names_match_names_and_aliases_exactly_ignoring_case()
    {
        (await Routes(new(Names: ["INTEL CORP."]), new(Ids: ["project/camp"]))).TotalCount.Should().Be(1);
        var partial = await Routes(new(Names: ["Inte"]), new(Ids: ["project/camp"]));
        partial.TotalCount.Should().Be(0);
        partial.Messages.Should().ContainSingle().Which.Should().Contain("'Inte'");
    }

    [Fact]
    public async Task A_place_name_that_matches_nothing_gives_an_empty_result_with_a_message()
    {
        var page = await Routes(new(Names: ["Intel"]), new(LocatedIn: ["Atlantis"]));

        page.Edges.Should().BeEmpty();
        page.Messages.Should().ContainSingle().Which.Should().Contain("Atlantis");
    }

    [Fact]
    public async Task A_place_name_only_matches_places()
    {
        var page = await Routes(new(Names: ["Intel"]), new(LocatedIn: ["Contractor"]));

        page.Messages.Should().ContainSingle().Which.Should().Contain("no place is named 'Contractor'");
    }

    [Fact]
    public async Task Criteria_combine_with_and()
    {
        var capital = await Routes(new(Ids: ["org/intel", "org/intel-capital"], Names: ["Intel Capital"]), new(Kinds: [EntityKind.Project]));
        var nobody = await Routes(new(Ids: ["org/intel"], Names: ["Intel Capital"]), new(Kinds: [EntityKind.Project]));

        capital.TotalCount.Should().Be(0, "Intel Capital is the only entity both listed and so named, and it supplies nothing");
        capital.Messages.Should().BeEmpty();
        nobody.Messages.Should().ContainSingle().Which.Should().Contain("'from'");
    }

    [Fact]
    public async Task Unknown_ids_are_errors_naming_every_one()
    {
        var act = () => Routes(new(Ids: ["org/intel", "org/nope", "org/gone"]), new(Ids: ["project/camp"]));

        var error = (await act.Should().ThrowAsync<PathQueryException>()).Which;
        error.Code.Should().Be(PathQueryException.NotFound);
        error.Message.Should().Contain("org/nope").And.Contain("org/gone").And.NotContain("org/intel'");
    }

    [Fact]
    public async Task An_unknown_place_id_is_an_error()
    {
        var act = () => Routes(new(Ids: ["org/intel"]), new(LocatedIn: ["place/atlantis"]));

        (await act.Should().ThrowAsync<PathQueryException>()).Which.Code.Should().Be(PathQueryException.NotFound);
    }

    [Fact]
    public async Task An_empty_selector_is_bad_input()
    {
        var act = () => Routes(new(), new(Ids: ["project/camp"]));

        (await act.Should().ThrowAsync<PathQueryException>()).Which.Code.Should().Be(PathQueryException.BadUserInput);
    }

    [Fact]
    public async Task Anything_placed_in_something_inside_counts_not_only_what_is_placed_in_a_place()
    {
        // The catalogue has LOCATED_IN end at places, but the index takes what the store holds: an annex placed in the
        // camp (a project) is inside Xinjiang too, as the reference's fixpoint says.
        var engine = Geography()
            .Relation("contractor-builds-annex", "org/contractor", ContractorFor, "project/annex")
            .Relation("annex-at-camp", "project/annex", LocatedIn, "project/camp")
            .Engine();

        var page = await engine.FindPathsAsync(new PathQuery(new(Names: ["intel"]), new(Kinds: [EntityKind.Project], LocatedIn: ["Xinjiang"]), new PathOptions()));

        page.Routes().Should().Equal("intel>contractor>annex", "intel>contractor>camp", "intel>contractor>annex>camp");
    }

    [Fact]
    public async Task A_placement_written_after_the_index_was_built_places_what_it_names()
    {
        // Nothing points a placement at the office project in the compressed arrays; the write's row must still be read.
        var graph = Geography().Relation("contractor-builds-annex", "org/contractor", ContractorFor, "project/annex");
        var index = GraphIndex.Build(graph.Snapshot);
        var annexAtCamp = new Relation(
            "annex-at-camp", LocatedIn, "project/annex", "project/camp", RelationStatus.Reported, 0.8, [new Evidence("a", "q", 0, 1)]);
        var query = new PathQuery(new(Names: ["intel"]), new(Kinds: [EntityKind.Project], LocatedIn: ["Xinjiang"]), new PathOptions());

        var before = await new PathEngine(index).FindPathsAsync(query);
        var after = await new PathEngine(index.With(new ImportBatch([], [], [annexAtCamp]))).FindPathsAsync(query);

        before.Routes().Should().Equal("intel>contractor>camp");
        after.Routes().Should().Equal("intel>contractor>annex", "intel>contractor>camp", "intel>contractor>annex>camp");
    }
}
