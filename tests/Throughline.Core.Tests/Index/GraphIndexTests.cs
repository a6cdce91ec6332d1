using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Core.Tests.Index;

public sealed class GraphIndexTests
{
    private static Entity Org(string id, string? name = null) => new(id, name ?? id, EntityKind.Organization, []);

    private static Relation Supplies(string id, string from, string to) =>
        new(id, RelationType.Supplies, from, to, RelationStatus.Reported, 0.8, []);

    [Fact]
    public void Dense_ids_follow_the_ordinal_order_of_entity_ids()
    {
        var index = GraphIndex.Build([Org("org/b"), Org("org/B"), Org("org/a"), Org("org/a-1")], []);

        Enumerable.Range(0, index.EntityCount).Select(index.EntityId).Should().Equal("org/B", "org/a", "org/a-1", "org/b");
        index.Find("org/a-1").Should().Be(2);
        index.Find("org/zzz").Should().Be(-1);
    }

    [Fact]
    public void Adjacency_rows_hold_each_relation_once_per_direction_sorted_by_neighbour()
    {
        var index = GraphIndex.Build(
            [Org("org/a"), Org("org/b"), Org("org/c")],
            [Supplies("r1", "org/a", "org/c"), Supplies("r2", "org/a", "org/b"), Supplies("r3", "org/a", "org/c")]);

        index.Outgoing.NeighboursOf(0).ToArray().Should().Equal(1, 2, 2);
        index.Incoming.NeighboursOf(2).ToArray().Should().Equal(0, 0);
        index.Outgoing.RelationsOf(0).ToArray().Select(index.RelationId).Should().BeEquivalentTo("r1", "r2", "r3");
    }

    [Fact]
    public void A_relation_to_an_unknown_entity_is_an_error_naming_both()
    {
        var act = () => GraphIndex.Build([Org("org/a")], [Supplies("r1", "org/a", "org/ghost")]);

        act.Should().Throw<InvalidOperationException>().WithMessage("*'r1'*'org/ghost'*");
    }

    [Fact]
    public void With_adds_entities_in_order_and_rewires_existing_relations()
    {
        var index = GraphIndex.Build([Org("org/b"), Org("org/d")], [Supplies("bd", "org/b", "org/d")]);

        var updated = index.With(new ImportBatch([], [Org("org/a"), Org("org/c")], [Supplies("ac", "org/a", "org/c")]));

        Enumerable.Range(0, updated.EntityCount).Order(updated.EntityOrder).Select(updated.EntityId).Should().Equal("org/a", "org/b", "org/c", "org/d");
        var compact = updated.Compact();
        compact.HasDelta.Should().BeFalse();
        Enumerable.Range(0, compact.EntityCount).Select(compact.EntityId).Should().Equal("org/a", "org/b", "org/c", "org/d");
        var b = updated.Find("org/b");
        updated.Outgoing.NeighboursOf(b).ToArray().Select(updated.EntityId).Should().Equal("org/d");
        updated.Outgoing.NeighboursOf(updated.Find("org/a")).ToArray().Select(updated.EntityId).Should().Equal("org/c");
        index.EntityCount.Should().Be(2, "an index is immutable; With returns a new one");
    }

    [Fact]
    public void With_replaces_a_relation_with_the_same_id()
    {
        var index = GraphIndex.Build([Org("org/a"), Org("org/b"), Org("org/c")], [Supplies("r", "org/a", "org/b")]);

        var updated = index.With(new ImportBatch([], [], [Supplies("r", "org/a", "org/c") with { Confidence = 0.3 }]));

        updated.RelationCount.Should().Be(1);
        updated.Outgoing.NeighboursOf(0).ToArray().Should().Equal(2);
        updated.FactsOf(updated.Outgoing.RelationsOf(0)[0]).Confidence.Should().Be(0.3);
    }

    [Fact]
    public void With_updates_names_and_gazetteer_parents()
    {
        var index = GraphIndex.Build([Org("org/a", "Old"), new Entity("place/x", "X", EntityKind.Place, [])], []);

        var updated = index.With(new ImportBatch([], [new Entity("org/a", "New", EntityKind.Organization, ["Alias"]),
            new Entity("place/y", "Y", EntityKind.Place, [], LocatedIn: "place/x")], []));

        updated.FindNamed("old").Should().BeEmpty();
        updated.FindNamed("ALIAS").Should().Equal(updated.Find("org/a"));
        updated.Children.NeighboursOf(updated.Find("place/x")).ToArray().Should().Equal(updated.Find("place/y"));
    }

    [Fact]
    public void Validity_is_stored_as_the_first_and_last_day_it_covers_with_open_ends_unbounded()
    {
        var index = GraphIndex.Build([Org("org/a"), Org("org/b")],
            [Supplies("r", "org/a", "org/b") with { ValidFrom = PartialDate.Parse("2010"), ValidTo = null }]);

        index.FactsOf(0).ValidFrom.Should().Be(new DateOnly(2010, 1, 1).DayNumber);
        index.FactsOf(0).ValidTo.Should().Be(int.MaxValue);
    }
}
