using Throughline.Core.Model;
using Throughline.Core.Paths;
using static Throughline.Core.Model.RelationType;

namespace Throughline.Core.Tests.Paths;

public sealed class PathEngineRouteTests
{
    private static PathQuery Query(string from, string to, PathOptions? options = null, int first = 50) =>
        new(TestGraph.Ids(from), TestGraph.Ids(to), options ?? new PathOptions(), first);

    [Fact]
    public async Task Routes_never_revisit_an_entity_so_cycles_add_nothing()
    {
        var engine = new TestGraph()
            .Relation("r1", "org/a", Supplies, "org/b").Relation("r2", "org/b", Supplies, "org/c")
            .Relation("r3", "org/c", Supplies, "org/a").Relation("r4", "org/b", Supplies, "org/d")
            .Relation("r5", "org/c", Supplies, "org/d")
            .Engine();

        var page = await engine.FindPathsAsync(Query("org/a", "org/d", new PathOptions(MaxHops: 6)));

        page.Routes().Should().Equal("a>b>d", "a>b>c>d");
        page.TotalCount.Should().Be(2);
    }

    [Fact]
    public async Task A_self_loop_is_not_a_hop()
    {
        var engine = new TestGraph().Relation("loop", "org/a", Owns, "org/a").Relation("r1", "org/a", Owns, "org/b").Engine();

        var page = await engine.FindPathsAsync(Query("org/a", "org/b"));

        page.Routes().Should().Equal("a>b");
        page.Edges[0].Path.Hops[0].RelationIds.Should().Equal("r1");
    }

    [Fact]
    public async Task Parallel_relations_share_one_hop_whose_confidence_is_the_best()
    {
        var engine = new TestGraph()
            .Relation("z-weak", "org/a", Supplies, "org/b", confidence: 0.5)
            .Relation("a-strong", "org/a", Owns, "org/b", confidence: 0.9)
            .Engine();

        var page = await engine.FindPathsAsync(Query("org/a", "org/b"));

        page.TotalCount.Should().Be(1);
        var hop = page.Edges[0].Path.Hops.Single();
        hop.RelationIds.Should().Equal("a-strong", "z-weak");
        hop.Confidence.Should().Be(0.9);
        hop.From.Should().Be("org/a");
        hop.To.Should().Be("org/b");
    }

    [Fact]
    public async Task Outgoing_follows_canonical_direction_incoming_reverses_it_and_any_takes_both()
    {
        var graph = new TestGraph().Relation("ab", "org/a", Supplies, "org/b").Relation("cb", "org/c", Supplies, "org/b");

        (await graph.Engine().FindPathsAsync(Query("org/a", "org/c"))).Routes().Should().BeEmpty();
        (await graph.Engine().FindPathsAsync(Query("org/c", "org/a", new PathOptions(Direction: Direction.Incoming)))).Routes()
            .Should().BeEmpty("incoming from c leads nowhere: nothing points at c");
        (await graph.Engine().FindPathsAsync(Query("org/b", "org/a", new PathOptions(Direction: Direction.Incoming)))).Routes()
            .Should().Equal("b>a");
        (await graph.Engine().FindPathsAsync(Query("org/a", "org/c", new PathOptions(Direction: Direction.Any)))).Routes()
            .Should().Equal("a>b>c");
    }

    [Fact]
    public async Task Under_any_a_hop_carries_the_relations_of_both_directions()
    {
        var engine = new TestGraph().Relation("ab", "org/a", Supplies, "org/b", 0.5).Relation("ba", "org/b", Owns, "org/a", 0.7).Engine();

        var page = await engine.FindPathsAsync(Query("org/a", "org/b", new PathOptions(Direction: Direction.Any)));

        page.TotalCount.Should().Be(1);
        page.Edges[0].Path.Hops[0].RelationIds.Should().Equal("ab", "ba");
        page.Edges[0].Path.Confidence.Should().Be(0.7);
    }

    [Fact]
    public async Task Routes_come_fewer_hops_first_then_more_confident_then_by_entity_ids()
    {
        var engine = new TestGraph()
            .Relation("long1", "org/a", Supplies, "org/m", 1.0).Relation("long2", "org/m", Supplies, "org/n", 1.0)
            .Relation("long3", "org/n", Supplies, "org/z", 1.0)
            .Relation("x1", "org/a", Supplies, "org/x", 0.5).Relation("x2", "org/x", Supplies, "org/z", 0.5)
            .Relation("y1", "org/a", Supplies, "org/y", 0.9).Relation("y2", "org/y", Supplies, "org/z", 0.9)
            .Relation("w1", "org/a", Supplies, "org/w", 0.5).Relation("w2", "org/w", Supplies, "org/z", 0.5)
            .Relation("direct", "org/a", Supplies, "org/z", 0.2)
            .Engine();

        var page = await engine.FindPathsAsync(Query("org/a", "org/z"));

        page.Routes().Should().Equal("a>z", "a>y>z", "a>w>z", "a>x>z", "a>m>n>z");
        page.Edges[1].Path.Confidence.Should().BeApproximately(0.81, 1e-12);
    }

    [Fact]
    public async Task The_weakest_hop_is_the_first_least_confident_one_and_a_disputed_hop_flags_the_path()
    {
        var engine = new TestGraph()
            .Relation("r1", "org/a", Supplies, "org/b", 0.9)
            .Relation("r2", "org/b", Supplies, "org/c", 0.5, RelationStatus.Disputed)
            .Relation("r3", "org/c", Supplies, "org/d", 0.5)
            .Engine();

        var path = (await engine.FindPathsAsync(Query("org/a", "org/d"))).Edges.Single().Path;

        path.WeakestHop.Should().Be(1);
        path.Hops.Select(h => h.Disputed).Should().Equal(false, true, false);
        path.Disputed.Should().BeTrue();
        path.Confidence.Should().BeApproximately(0.225, 1e-12);
    }

    [Fact]
    public async Task A_hop_with_a_reported_relation_beside_a_disputed_one_is_not_disputed()
    {
        var engine = new TestGraph()
            .Relation("d", "org/a", Supplies, "org/b", 0.9, RelationStatus.Disputed)
            .Relation("r", "org/a", Owns, "org/b", 0.3)
            .Engine();

        var hop = (await engine.FindPathsAsync(Query("org/a", "org/b"))).Edges.Single().Path.Hops.Single();

        hop.Disputed.Should().BeFalse();
        hop.Confidence.Should().Be(0.9);
    }

    [Theory]
    [InlineData(RelationStatus.Denied)]
    [InlineData(RelationStatus.Retracted)]
    public async Task Negated_claims_form_no_route_unless_included(RelationStatus status)
    {
        var graph = new TestGraph().Relation("n", "org/a", Supplies, "org/b", 0.2, status);

        (await graph.Engine().FindPathsAsync(Query("org/a", "org/b"))).TotalCount.Should().Be(0);
        var included = await graph.Engine().FindPathsAsync(Query("org/a", "org/b", new PathOptions(IncludeDenied: true)));
        included.Routes().Should().Equal("a>b");
        included.Edges[0].Path.Disputed.Should().BeTrue("no relation of the hop is Reported or Confirmed");
    }

    [Fact]
    public async Task Relation_types_and_minimum_confidence_filter_hops()
    {
        var graph = new TestGraph()
            .Relation("s", "org/a", Supplies, "org/b", 0.6).Relation("o", "org/b", Owns, "org/c", 0.9)
            .Relation("s2", "org/b", Supplies, "org/c", 0.4);

        (await graph.Engine().FindPathsAsync(Query("org/a", "org/c", new PathOptions(RelationTypes: [Supplies])))).Edges.Single()
            .Path.Hops[1].RelationIds.Should().Equal("s2");
        (await graph.Engine().FindPathsAsync(Query("org/a", "org/c", new PathOptions(RelationTypes: [Owns])))).TotalCount.Should().Be(0);
        (await graph.Engine().FindPathsAsync(Query("org/a", "org/c", new PathOptions(MinConfidence: 0.6)))).Edges.Single()
            .Path.Hops[1].RelationIds.Should().Equal("o");
        (await graph.Engine().FindPathsAsync(Query("org/a", "org/c", new PathOptions(MinConfidence: 0.61)))).TotalCount.Should().Be(0);
    }

    [Theory]
    [InlineData("2009", false)]
    [InlineData("2010", true)]
    [InlineData("2016", true)]
    [InlineData("2016-12-31", true)]
    [InlineData("2017", false)]
    [InlineData("2017-01", false)]
    [InlineData("2009-12-31", false)]
    public async Task A_relation_valid_2010_to_2016_holds_at_dates_overlapping_those_years(string asOf, bool holds)
    {
        var engine = new TestGraph().Relation("stake", "org/a", InvestedIn, "org/b", validFrom: "2010", validTo: "2016").Engine();

        var page = await engine.FindPathsAsync(Query("org/a", "org/b", new PathOptions(AsOf: PartialDate.Parse(asOf))));

        page.TotalCount.Should().Be(holds ? 1 : 0);
    }

    [Theory]
    [InlineData("2016", true)]
    [InlineData("2016-03", true)]
    [InlineData("2016-02", false)]
    [InlineData("2016-03-14", false)]
    [InlineData("2016-03-15", true)]
    [InlineData("2016-04", false)]
    public async Task Partial_dates_compare_by_the_days_they_cover(string asOf, bool holds)
    {
        var engine = new TestGraph().Relation("short", "org/a", Supplies, "org/b", validFrom: "2016-03-15", validTo: "2016-03").Engine();

        var page = await engine.FindPathsAsync(Query("org/a", "org/b", new PathOptions(AsOf: PartialDate.Parse(asOf))));

        page.TotalCount.Should().Be(holds ? 1 : 0);
    }

    [Fact]
    public async Task Open_ended_relations_hold_at_any_date_on_their_open_side()
    {
        var graph = new TestGraph().Relation("since", "org/a", Supplies, "org/b", validFrom: "2018").Relation("until", "org/b", Supplies, "org/c", validTo: "2012");

        (await graph.Engine().FindPathsAsync(Query("org/a", "org/b", new PathOptions(AsOf: PartialDate.Parse("2090"))))).TotalCount.Should().Be(1);
        (await graph.Engine().FindPathsAsync(Query("org/b", "org/c", new PathOptions(AsOf: PartialDate.Parse("1990"))))).TotalCount.Should().Be(1);
        (await graph.Engine().FindPathsAsync(Query("org/a", "org/c", new PathOptions(AsOf: PartialDate.Parse("2015"))))).TotalCount.Should().Be(0);
    }
}
