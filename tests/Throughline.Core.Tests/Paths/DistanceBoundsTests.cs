using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using static Throughline.Core.Model.RelationType;

namespace Throughline.Core.Tests.Paths;

public sealed class DistanceBoundsTests
{
    /// <summary>a → b → t, and a shortcut a → t that is denied.</summary>
    private static GraphIndex DeniedShortcut() => GraphIndex.Build(new TestGraph()
        .Relation("ab", "org/a", Supplies, "org/b").Relation("bt", "org/b", Supplies, "project/t")
        .Relation("at", "org/a", Supplies, "project/t", status: RelationStatus.Denied).Snapshot);

    private static EntitySet Set(GraphIndex index, params string[] ids) => new(index.EntityCount, [.. ids.Select(index.Find)]);

    private static int BoundOfA(bool? readFacts, PathOptions options)
    {
        var index = DeniedShortcut();
        using var bounds = DistanceBounds.Compute(
            index, Set(index, "project/t"), Direction.Incoming, new RelationFilter(options), maxDepth: 3, workCap: 100, readFacts: readFacts);
        return bounds.LowerBound(index.Find("org/a"));
    }

    [Fact]
    public void Under_the_default_filter_the_bounds_count_every_relation_without_reading_facts()
    {
        BoundOfA(readFacts: null, new PathOptions()).Should().Be(1, "the denied shortcut is counted: a weaker, still valid bound");
        BoundOfA(readFacts: true, new PathOptions()).Should().Be(2);
    }

    [Fact]
    public void A_restrictive_filter_keeps_the_bounds_to_qualifying_relations()
    {
        BoundOfA(readFacts: null, new PathOptions(MinConfidence: 0.5)).Should().Be(2);
    }

    [Fact]
    public void Stopping_at_the_first_level_that_reaches_a_start_leaves_the_levels_before_it_exact()
    {
        var index = DeniedShortcut();
        using var bounds = DistanceBounds.Compute(
            index, Set(index, "project/t"), Direction.Incoming, new RelationFilter(new PathOptions()), maxDepth: 3, workCap: 100,
            readFacts: true, stopAt: Set(index, "org/b"));

        bounds.ReachedStop.Should().BeTrue();
        bounds.CompletedDepth.Should().Be(1);
        bounds.LowerBound(index.Find("org/b")).Should().Be(1);
        bounds.LowerBound(index.Find("org/a")).Should().Be(2, "beyond the completed level");
    }

    [Fact]
    public void A_start_that_is_itself_a_seed_does_not_stop_the_search()
    {
        var index = DeniedShortcut();
        using var bounds = DistanceBounds.Compute(
            index, Set(index, "project/t"), Direction.Incoming, new RelationFilter(new PathOptions()), maxDepth: 3, workCap: 100,
            readFacts: true, stopAt: Set(index, "project/t", "org/a"));

        bounds.ReachedStop.Should().BeTrue();
        bounds.CompletedDepth.Should().Be(2, "t is a seed, so only a's level stops it");
    }
}
