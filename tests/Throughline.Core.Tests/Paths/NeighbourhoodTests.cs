using Throughline.Core.Model;
using Throughline.Core.Paths;
using static Throughline.Core.Model.RelationType;

namespace Throughline.Core.Tests.Paths;

public sealed class NeighbourhoodTests
{
    private static TestGraph Star() => new TestGraph()
        .Relation("hub-b", "org/hub", Supplies, "org/b").Relation("hub-a", "org/hub", Supplies, "org/a")
        .Relation("hub-c", "org/hub", Supplies, "org/c").Relation("a-b", "org/a", Supplies, "org/b")
        .Relation("b-far", "org/b", Supplies, "org/far").Relation("in-hub", "org/source", Supplies, "org/hub")
        .Relation("denied", "org/hub", Supplies, "org/ghost", status: RelationStatus.Denied)
        .Relation("loop", "org/hub", Owns, "org/hub");

    private static Task<Subgraph> Around(string id, int depth, Direction direction = Direction.Outgoing, int max = 100) =>
        Star().Engine().GetNeighbourhoodAsync(new NeighbourhoodQuery(id, depth, new PathOptions(Direction: direction), max));

    [Fact]
    public async Task Depth_one_holds_the_centre_its_qualifying_neighbours_and_the_relations_from_the_centre()
    {
        var subgraph = await Around("org/hub", 1);

        subgraph.EntityIds.Should().Equal("org/a", "org/b", "org/c", "org/hub");
        subgraph.RelationIds.Should().Equal("hub-a", "hub-b", "hub-c", "loop");
        subgraph.Truncated.Should().BeFalse();
    }

    [Fact]
    public async Task Depth_two_adds_the_next_ring_and_relations_leaving_the_first()
    {
        var subgraph = await Around("org/hub", 2);

        subgraph.EntityIds.Should().Equal("org/a", "org/b", "org/c", "org/far", "org/hub");
        subgraph.RelationIds.Should().Equal("a-b", "b-far", "hub-a", "hub-b", "hub-c", "loop");
    }

    [Fact]
    public async Task Any_direction_takes_relations_pointing_in_too()
    {
        var subgraph = await Around("org/hub", 1, Direction.Any);

        subgraph.EntityIds.Should().Contain("org/source");
        subgraph.RelationIds.Should().Contain("in-hub");
    }

    [Fact]
    public async Task The_cap_keeps_entities_in_breadth_first_order_by_depth_then_id()
    {
        var subgraph = await Around("org/hub", 2, max: 3);

        subgraph.EntityIds.Should().Equal("org/a", "org/b", "org/hub");
        subgraph.RelationIds.Should().Equal("a-b", "hub-a", "hub-b", "loop");
        subgraph.Truncated.Should().BeTrue();
    }

    [Fact]
    public async Task A_cap_met_exactly_is_not_truncation()
    {
        (await Around("org/hub", 1, max: 4)).Truncated.Should().BeFalse();
        (await Around("org/hub", 2, max: 4)).Truncated.Should().BeTrue("org/far is in reach at depth 2");
    }

    [Fact]
    public async Task An_unknown_centre_is_not_found_and_caps_are_enforced()
    {
        (await ((Func<Task>)(() => Around("org/nope", 1))).Should().ThrowAsync<PathQueryException>()).Which.Code.Should().Be(PathQueryException.NotFound);
        (await ((Func<Task>)(() => Around("org/hub", 7))).Should().ThrowAsync<PathQueryException>()).Which.Code.Should().Be(PathQueryException.LimitExceeded);
        (await ((Func<Task>)(() => Around("org/hub", 1, max: 10_001))).Should().ThrowAsync<PathQueryException>()).Which.Code.Should().Be(PathQueryException.LimitExceeded);
        (await ((Func<Task>)(() => Around("org/hub", 1, max: 0))).Should().ThrowAsync<PathQueryException>()).Which.Code.Should().Be(PathQueryException.BadUserInput);
    }

    [Fact]
    public async Task A_hubs_row_gives_the_same_neighbourhood_as_the_reference_when_the_cap_is_small()
    {
        var graph = new TestGraph();
        for (var i = 0; i < 40; i++)
        {
            graph.Relation($"out-{i:D2}", "org/hub", Supplies, $"org/n{i:D2}").Relation($"in-{i:D2}", $"org/m{i:D2}", Owns, "org/hub");
        }

        graph.Relation("n00-n01", "org/n00", Supplies, "org/n01");
        var query = new NeighbourhoodQuery("org/hub", 2, new PathOptions(Direction: Direction.Any), MaxEntities: 3);

        var actual = await graph.Engine().GetNeighbourhoodAsync(query);
        var expected = await new Throughline.Storage.Contract.PathsReference(graph.Snapshot).GetNeighbourhoodAsync(query);

        actual.EntityIds.Should().Equal("org/hub", "org/m00", "org/m01").And.Equal(expected.EntityIds);
        actual.RelationIds.Should().Equal("in-00", "in-01").And.Equal(expected.RelationIds);
        actual.Truncated.Should().BeTrue();
    }
}
