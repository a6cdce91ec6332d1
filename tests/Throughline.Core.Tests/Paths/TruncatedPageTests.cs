using Throughline.Core.Index;
using Throughline.Core.Paths;
using Throughline.Storage.Contract;
using static Throughline.Core.Model.RelationType;

namespace Throughline.Core.Tests.Paths;

/// <summary>
/// A search cut short by its expansion budget still answers with the first paths of the true order: the short routes
/// come first even when the long ones are met first by a depth-first walk.
/// </summary>
public sealed class TruncatedPageTests
{
    private const int Spokes = 20;

    /// <summary>
    /// A hub with one direct route to a project, two strong two-hop routes through middlemen, and thousands of longer
    /// routes through a dense cluster whose ids sort before everything else (so a depth-first walk meets them first).
    /// </summary>
    private static TestGraph HubWithShortAndLongRoutes()
    {
        var graph = new TestGraph()
            .Relation("direct", "org/hub", Supplies, "project/t", 0.8)
            .Relation("m1-in", "org/hub", Supplies, "org/m1", 0.95).Relation("m1-out", "org/m1", ContractorFor, "project/t", 0.95)
            .Relation("m2-in", "org/hub", Supplies, "org/m2", 0.95).Relation("m2-out", "org/m2", ContractorFor, "project/t", 0.9);
        for (var i = 0; i < Spokes; i++)
        {
            graph.Relation($"hub-a{i:D2}", "org/hub", Supplies, $"org/a{i:D2}", 0.7)
                .Relation($"a{i:D2}-t", $"org/a{i:D2}", ContractorFor, "project/t", 0.7);
            for (var j = 0; j < Spokes; j++)
            {
                if (i != j)
                {
                    graph.Relation($"a{i:D2}-a{j:D2}", $"org/a{i:D2}", Supplies, $"org/a{j:D2}", 0.7);
                }
            }
        }

        return graph;
    }

    private static PathQuery HubToProject(int first) =>
        new(TestGraph.Ids("org/hub"), TestGraph.Ids("project/t"), new PathOptions(MaxHops: 4), first);

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_small_budget_still_returns_the_short_routes_first(bool? reverse)
    {
        var graph = HubWithShortAndLongRoutes();
        var reference = await new PathsReference(graph.Snapshot).FindPathsAsync(HubToProject(first: 5));
        var engine = new PathEngine(GraphIndex.Build(graph.Snapshot), new PathLimits(ExpansionBudget: 1_000)) { ReverseSearch = reverse };

        var page = await engine.FindPathsAsync(HubToProject(first: 5));

        page.Truncated.Should().BeTrue("the 3- and 4-hop routes through the cluster cost far more than the budget");
        page.Routes().Should().Equal(reference.Routes());
        page.Routes().Should().Equal("hub>t", "hub>m1>t", "hub>m2>t", "hub>a00>t", "hub>a01>t");
        page.HasNextPage.Should().BeTrue();
        page.TotalCountIsExact.Should().BeFalse();
        page.TotalCount.Should().BeGreaterThanOrEqualTo(1 + 2 + Spokes).And.BeLessThan(reference.TotalCount);
        page.Messages.Should().ContainSingle().Which.Should().Contain("up to 2 hops");
    }

    [Fact]
    public async Task Without_the_budget_the_same_query_is_complete_and_its_total_exact()
    {
        var graph = HubWithShortAndLongRoutes();
        var reference = await new PathsReference(graph.Snapshot).FindPathsAsync(HubToProject(first: 5));

        var page = await graph.Engine().FindPathsAsync(HubToProject(first: 5));

        page.Truncated.Should().BeFalse();
        page.TotalCountIsExact.Should().BeTrue();
        page.TotalCount.Should().Be(reference.TotalCount);
        page.Messages.Should().BeEmpty();
    }

    [Fact]
    public async Task A_page_that_needs_an_unfinished_level_stops_short_instead_of_guessing()
    {
        var graph = HubWithShortAndLongRoutes();
        var reference = await new PathsReference(graph.Snapshot).FindPathsAsync(HubToProject(first: 30));
        var engine = new PathEngine(GraphIndex.Build(graph.Snapshot), new PathLimits(ExpansionBudget: 1_000));

        var page = await engine.FindPathsAsync(HubToProject(first: 30));

        page.Routes().Should().Equal(reference.Routes().Take(1 + 2 + Spokes), "only the 1- and 2-hop levels were searched to the end");
        page.Truncated.Should().BeTrue();
    }

    [Fact]
    public async Task Shortest_paths_cut_short_within_the_shortest_length_list_nothing_and_say_so()
    {
        var graph = HubWithShortAndLongRoutes();
        var query = new ShortestPathQuery(TestGraph.Ids("org/hub"), TestGraph.Ids("org/a05"), new PathOptions(MaxHops: 4), Limit: 3);
        // One unit: the 1-hop level looks the hub's hop into a05 up (LastHops) for 2 units instead of walking its row.
        var engine = new PathEngine(GraphIndex.Build(graph.Snapshot), new PathLimits(ExpansionBudget: 1)) { ReverseSearch = false };

        var result = await engine.FindShortestPathsAsync(query);

        result.Truncated.Should().BeTrue();
        result.Paths.Should().BeEmpty();
        result.Messages.Should().ContainSingle().Which.Should().Contain("1-hop");
        (await graph.Engine().FindShortestPathsAsync(query)).Paths.Select(p => p.Route()).Should().Equal("hub>a05");
    }
}
