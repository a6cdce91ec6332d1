using System.Runtime.InteropServices;
using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.Core.Synthetic;

namespace Throughline.Core.Tests.Index;

/// <summary>
/// An index opened from its image (<see cref="IndexImage"/>) is the index it was taken of, array for array, and an image
/// that is damaged or contradicts itself opens as null (the store then builds from its rows) instead of throwing or
/// serving a wrong graph.
/// </summary>
public sealed class IndexImageTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    public void An_index_opened_from_its_image_equals_the_index_it_was_taken_of(int seed)
    {
        var built = Graph(seed);

        var image = built.ToImage(version: 17);
        var opened = image.Open();

        IndexImage.VersionOf(image.Parts[0]).Should().Be(17);
        opened.Should().NotBeNull();
        ShouldEqual(opened!, built);
    }

    [Fact]
    public void An_image_with_any_part_damaged_or_cut_short_opens_as_null()
    {
        var image = Graph(7).ToImage(version: 3);

        for (var p = 0; p < image.Parts.Count; p++)
        {
            if (image.Parts[p].Length == 0)
            {
                continue;
            }

            var flipped = image.Parts.Select(part => part.ToArray()).ToArray();
            flipped[p][flipped[p].Length / 2] ^= 0x10;
            new IndexImage(flipped).Open().Should().BeNull($"part {p} has a flipped bit");
            var cut = image.Parts.ToArray();
            cut[p] = cut[p][..^1];
            new IndexImage(cut).Open().Should().BeNull($"part {p} lost its last byte");
        }

        new IndexImage(image.Parts.Take(image.Parts.Count - 1).ToList()).Open().Should().BeNull("a part is missing");
        IndexImage.VersionOf(image.Parts[0].AsSpan(1)).Should().BeNull("a shortened header is not a header");
    }

    [Fact]
    public void An_image_whose_hashes_match_but_whose_parts_contradict_each_other_opens_as_null()
    {
        var index = Graph(7);
        var image = index.ToImage(version: 3);

        // Each of these is consistent with its own hash (the header is written again), so only the cross-checks catch it.
        Rehashed(image, 12, ints => ints[5] = index.EntityCount).Open().Should().BeNull("a relation's end past the entities");
        Rehashed(image, 18, ints => (ints[0], ints[^1]) = (ints[^1], ints[0])).Open().Should().BeNull("an outgoing row order with relations of the first and last rows swapped");
        Rehashed(image, 19, ints => ints[3] = ints[4]).Open().Should().BeNull("an incoming row order listing a relation twice");
        Rehashed(image, 2, ints => ints[1] = ints[2] + 1).Open().Should().BeNull("entity id offsets that go backwards");
        Rehashed(image, 17, ints => ints[0] |= 0xF0).Open().Should().BeNull("a relation type that does not exist");
    }

    [Fact]
    public void A_name_order_the_runtime_disagrees_with_is_sorted_again_and_names_are_still_found()
    {
        var index = Graph(7);
        var image = index.ToImage(version: 3);
        // Reverse the stored name-table order (entities and slots alike), as an image written under other case tables might be.
        var reversed = Rehashed(Rehashed(image, 20, ints => ints.Reverse()), 21, ints => ints.Reverse());

        var opened = reversed.Open();

        opened.Should().NotBeNull();
        ShouldEqual(opened!, index);
    }

    [Fact]
    public void An_index_with_writes_layered_over_it_has_no_image_until_compacted()
    {
        var index = Graph(7).With(new ImportBatch([], [new Entity("org/late", "Late", EntityKind.Organization, [])], []));

        var image = () => index.ToImage(1);

        image.Should().Throw<InvalidOperationException>().WithMessage("*compact*");
        ShouldEqual(index.Compact().ToImage(1).Open()!, index.Compact());
    }

    /// <summary>The names of the entities of the last <see cref="Graph"/> (one test's, as xUnit makes an instance per test).</summary>
    private string[] SyntheticNames { get; set; } = [];

    /// <summary>A synthetic graph plus entities whose names test the UTF-8 and case-insensitive parts of the image.</summary>
    private GraphIndex Graph(int seed)
    {
        var graph = SyntheticGraph.Generate(new SyntheticGraphOptions(600, 3_000, Seed: seed, WithArticles: false));
        SyntheticNames = [.. graph.Entities.Select(e => e.Name)];
        Entity[] named =
        [
            new("org/aerzte", "Ärzte Ohne Grenzen", EntityKind.Organization, ["ÄRZTE", "MSF", "msf"]),
            new("org/zhong", "中国船舶集团", EntityKind.Organization, ["CSSC", "China State Shipbuilding 🚢"]),
            new("place/istanbul", "İstanbul", EntityKind.Place, ["Istanbul", "istanbul"], LocatedIn: graph.Entities.First(e => e.Kind == EntityKind.Place).Id),
        ];
        var first = graph.Entities[0].Id;
        Relation[] linked =
        [
            new("img-1", RelationType.Supplies, "org/aerzte", "org/zhong", RelationStatus.Disputed, 0.4, [], PartialDate.Parse("2019-03"), PartialDate.Parse("2021")),
            new("img-2", RelationType.LocatedIn, "org/zhong", "place/istanbul", RelationStatus.Confirmed, 0.9, []),
            new("img-3", RelationType.Supplies, "org/aerzte", "org/zhong", RelationStatus.Denied, 0.1, []),
            new("img-4", RelationType.Owns, first, "org/aerzte", RelationStatus.Retracted, 0.0, []),
        ];
        return GraphIndex.Build([.. graph.Entities, .. named], [.. graph.Relations, .. linked]);
    }

    /// <summary>The image with one int part changed by <paramref name="change"/> and its header written again to match.</summary>
    private static IndexImage Rehashed(IndexImage image, int part, Action<Span<int>> change)
    {
        var parts = image.Parts.Select(p => p.ToArray()).ToArray();
        change(MemoryMarshal.Cast<byte, int>(parts[part].AsSpan()));
        var header = IndexImage.Header.Read(parts[0])!;
        parts[0] = IndexImage.Header.Write(header.Version, header.Entities, header.Relations, header.Aliases, parts);
        return new IndexImage(parts);
    }

    private void ShouldEqual(GraphIndex actual, GraphIndex expected)
    {
        actual.EntityCount.Should().Be(expected.EntityCount);
        actual.RelationCount.Should().Be(expected.RelationCount);
        actual.ArrayBytes.Should().Be(expected.ArrayBytes);
        for (var e = 0; e < expected.EntityCount; e++)
        {
            actual.EntityId(e).Should().Be(expected.EntityId(e));
            actual.Kind(e).Should().Be(expected.Kind(e));
            actual.Outgoing.NeighboursOf(e).ToArray().Should().Equal(expected.Outgoing.NeighboursOf(e).ToArray());
            actual.Outgoing.RelationsOf(e).ToArray().Should().Equal(expected.Outgoing.RelationsOf(e).ToArray());
            actual.Incoming.NeighboursOf(e).ToArray().Should().Equal(expected.Incoming.NeighboursOf(e).ToArray());
            actual.Incoming.RelationsOf(e).ToArray().Should().Equal(expected.Incoming.RelationsOf(e).ToArray());
            actual.Children.NeighboursOf(e).ToArray().Should().Equal(expected.Children.NeighboursOf(e).ToArray());
            actual.MayBePlacementTarget(e).Should().Be(expected.MayBePlacementTarget(e));
        }

        for (var r = 0; r < expected.RelationCount; r++)
        {
            actual.RelationId(r).Should().Be(expected.RelationId(r));
            (actual.From(r), actual.To(r)).Should().Be((expected.From(r), expected.To(r)));
            actual.FactsOf(r).Should().Be(expected.FactsOf(r));
        }

        foreach (var name in new[] { "ärzte ohne grenzen", "Msf", "cssc", "中国船舶集团", "ISTANBUL", "china state shipbuilding 🚢", "nobody" })
        {
            actual.FindNamed(name).Should().Equal(expected.FindNamed(name), $"entities named '{name}'");
        }

        foreach (var name in SyntheticNames.Where((_, i) => i % 37 == 0))
        {
            actual.FindNamed(name.ToUpperInvariant()).Should().Equal(expected.FindNamed(name.ToUpperInvariant()))
                .And.NotBeEmpty($"'{name}' names a synthetic entity");
        }

        // The relation-id table: rewriting an existing relation must supersede it, not add a second one.
        var rewrite = new ImportBatch([], [], [new Relation(
            expected.RelationId(expected.RelationCount / 2), RelationType.Supplies, expected.EntityId(0), expected.EntityId(1),
            RelationStatus.Reported, 0.5, [])]);
        actual.With(rewrite).RelationCount.Should().Be(expected.With(rewrite).RelationCount).And.Be(expected.RelationCount);
    }
}
