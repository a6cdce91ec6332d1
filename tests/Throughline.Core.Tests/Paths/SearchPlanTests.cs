using Throughline.Core.Index;
using Throughline.Core.Paths;
using static Throughline.Core.Model.RelationType;

namespace Throughline.Core.Tests.Paths;

public sealed class SearchPlanTests
{
    private const int Leaves = 20;

    /// <summary>
    /// A hub supplying many leaves; two of them lead on to one project, one directly and one through a middleman, who is
    /// also supplied by <paramref name="decoys"/> organisations the hub does not reach.
    /// </summary>
    private static GraphIndex HubGraph(int decoys = 30)
    {
        var graph = new TestGraph();
        for (var i = 0; i < decoys; i++)
        {
            graph.Relation($"d{i}", $"org/decoy{i:D2}", Supplies, "org/mid");
        }

        for (var i = 0; i < Leaves; i++)
        {
            graph.Relation($"h{i}", "org/hub", Supplies, $"org/leaf{i:D2}");
        }

        graph.Relation("lt", "org/leaf03", Supplies, "project/t", 0.9)
            .Relation("lm", "org/leaf05", Supplies, "org/mid").Relation("mt", "org/mid", Supplies, "project/t");
        return GraphIndex.Build(graph.Snapshot);
    }

    private static SearchPlan Plan(GraphIndex index, long workCap, bool? reverse = null, bool shortestOnly = false) =>
        SearchPlan.Choose(
            index, new PathOptions(MaxHops: 4), Set(index, "org/hub"), Set(index, "project/t"), workCap, reverse, shortestOnly);

    private static EntitySet Set(GraphIndex index, string id) => new(index.EntityCount, [index.Find(id)]);

    private static List<string> Routes(GraphIndex index, SearchPlan plan)
    {
        var collector = new PathCollector(index, 100, after: null);
        plan.Run(new SearchBudget(1_000_000, CancellationToken.None), collector, minHops: 1, maxHops: 4);
        return [.. collector.Sorted().Select(f => string.Join('>', f.Path.Select(index.EntityId)))];
    }

    [Fact]
    public void A_hub_to_a_target_whose_exact_distances_cost_more_than_the_hubs_rows_searches_forwards_from_the_hub()
    {
        var index = HubGraph();
        using var plan = Plan(index, workCap: 1_000);

        plan.Reversed.Should().BeFalse("the breadth-first search out of the project read 35 entries, the hub's rows in reach 22");
    }

    [Fact]
    public void A_hub_to_a_target_with_few_rows_behind_it_searches_backwards_and_looks_the_hub_up()
    {
        var index = HubGraph(decoys: 0);
        using var plan = Plan(index, workCap: 1_000);

        plan.Reversed.Should().BeTrue("the breadth-first search out of the project read 5 entries, the hub's rows in reach 22");
    }

    [Fact]
    public void Shortest_paths_search_forwards_whenever_the_exact_distances_are_there()
    {
        var index = HubGraph(decoys: 0);
        using var plan = Plan(index, workCap: 1_000, shortestOnly: true);

        plan.Reversed.Should().BeFalse();
    }

    [Fact]
    public void Without_exact_distances_within_the_cap_the_search_starts_at_the_smaller_side()
    {
        var index = HubGraph();
        using var plan = Plan(index, workCap: 1);

        plan.Reversed.Should().BeTrue();
    }

    [Fact]
    public void The_forward_plan_with_exact_distances_finds_the_same_paths_as_the_backward_one()
    {
        var index = HubGraph();
        using var exact = Plan(index, workCap: 1_000);
        using var backward = Plan(index, workCap: 1_000, reverse: true);

        exact.Reversed.Should().BeFalse();
        var routes = Routes(index, exact);

        routes.Should().Equal(Routes(index, backward));
        routes.Should().Equal("org/hub>org/leaf03>project/t", "org/hub>org/leaf05>org/mid>project/t");
    }
}
