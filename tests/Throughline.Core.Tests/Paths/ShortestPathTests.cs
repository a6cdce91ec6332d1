using Throughline.Core.Paths;
using static Throughline.Core.Model.RelationType;

namespace Throughline.Core.Tests.Paths;

public sealed class ShortestPathTests
{
    private static ShortestPathQuery Query(EntitySelector from, EntitySelector to, int limit = 10, int maxHops = 4) =>
        new(from, to, new PathOptions(MaxHops: maxHops), limit);

    private static TestGraph Diamond() => new TestGraph()
        .Relation("ab", "org/a", Supplies, "org/b", 0.5).Relation("bd", "org/b", Supplies, "org/d", 0.5)
        .Relation("ac", "org/a", Supplies, "org/c", 0.9).Relation("cd", "org/c", Supplies, "org/d", 0.9)
        .Relation("ae", "org/a", Supplies, "org/e").Relation("ef", "org/e", Supplies, "org/f").Relation("fd", "org/f", Supplies, "org/d");

    [Fact]
    public async Task Every_path_of_the_fewest_hops_comes_back_most_confident_first()
    {
        var result = await Diamond().Engine().FindShortestPathsAsync(Query(TestGraph.Ids("org/a"), TestGraph.Ids("org/d")));

        result.Paths.Select(p => p.Route()).Should().Equal("a>c>d", "a>b>d");
        result.Truncated.Should().BeFalse();
    }

    [Fact]
    public async Task The_limit_keeps_the_best()
    {
        var result = await Diamond().Engine().FindShortestPathsAsync(Query(TestGraph.Ids("org/a"), TestGraph.Ids("org/d"), limit: 1));

        result.Paths.Select(p => p.Route()).Should().Equal("a>c>d");
    }

    [Fact]
    public async Task Nothing_within_max_hops_gives_no_paths()
    {
        var result = await Diamond().Engine().FindShortestPathsAsync(Query(TestGraph.Ids("org/a"), TestGraph.Ids("org/d"), maxHops: 1));

        result.Paths.Should().BeEmpty();
    }

    [Fact]
    public async Task When_sources_and_targets_overlap_a_path_still_needs_a_hop()
    {
        var both = new EntitySelector(Ids: ["org/a", "org/b", "org/d"]);

        var result = await Diamond().Engine().FindShortestPathsAsync(Query(both, both));

        result.Paths.Select(p => p.Route()).Should().Equal("a>b", "b>d");
    }
}
