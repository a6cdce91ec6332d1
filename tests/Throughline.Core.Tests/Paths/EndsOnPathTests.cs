using Throughline.Core.Index;
using Throughline.Core.Paths;
using Throughline.Storage.Contract;
using static Throughline.Core.Model.RelationType;

namespace Throughline.Core.Tests.Paths;

/// <summary>
/// Once every end is on a partial path, no longer path can end at one (paths are simple), so the search stops extending
/// it. Observable through the budget: a hub that is the only end, reached early, would otherwise have its whole row walked.
/// </summary>
public sealed class EndsOnPathTests
{
    private const int Partners = 300;

    /// <summary>
    /// hub -> a -> project; the hub also supplies <see cref="Partners"/> partners, each of which supplies the hub back, so
    /// each partner is one hop from the hub (a distance bound of 1) and stands in the hub's incoming row.
    /// </summary>
    private static TestGraph HubWithPartners()
    {
        var graph = new TestGraph()
            .Relation("hub-a", "org/hub", Supplies, "org/a")
            .Relation("a-t", "org/a", ContractorFor, "project/t");
        for (var i = 0; i < Partners; i++)
        {
            graph.Relation($"hub-p{i:D3}", "org/hub", Supplies, $"org/p{i:D3}")
                .Relation($"p{i:D3}-hub", $"org/p{i:D3}", Supplies, "org/hub");
        }

        return graph;
    }

    private static PathQuery HubToProject() => new(TestGraph.Ids("org/hub"), TestGraph.Ids("project/t"), new PathOptions(MaxHops: 4), 10);

    [Theory]
    [InlineData(null)]
    [InlineData(true)]
    public async Task A_search_that_reaches_its_only_end_does_not_walk_on_through_it(bool? reverse)
    {
        var graph = HubWithPartners();
        var reference = await new PathsReference(graph.Snapshot).FindPathsAsync(HubToProject());
        // Less than the hub's incoming row: walking on from the hub (towards the partners) would exhaust it.
        var engine = new PathEngine(GraphIndex.Build(graph.Snapshot), new PathLimits(ExpansionBudget: Partners / 2)) { ReverseSearch = reverse };

        var page = await engine.FindPathsAsync(HubToProject());

        page.Routes().Should().Equal(reference.Routes()).And.Equal("hub>a>t");
        page.TotalCountIsExact.Should().BeTrue("the search from the project ends at the hub, its only end");
        page.Truncated.Should().BeFalse();
        page.Messages.Should().BeEmpty();
    }

    [Fact]
    public async Task With_a_second_end_the_search_still_walks_through_the_first()
    {
        // The same graph with the partners as ends too: hub -> a -> project and every route through the hub to a partner.
        var graph = HubWithPartners();
        var query = new PathQuery(TestGraph.Ids("project/t", "org/p007"), TestGraph.Ids("org/hub", "org/p123"), new PathOptions(MaxHops: 3, Direction: Direction.Any), 50);
        var reference = await new PathsReference(graph.Snapshot).FindPathsAsync(query);

        var page = await graph.Engine().FindPathsAsync(query);

        page.Routes().Should().Equal(reference.Routes()).And.Contain("t>a>hub>p123");
        page.TotalCount.Should().Be(reference.TotalCount);
    }
}
