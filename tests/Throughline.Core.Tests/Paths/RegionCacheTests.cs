using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using static Throughline.Core.Model.RelationType;

namespace Throughline.Core.Tests.Paths;

/// <summary>A region's resolved members are kept per index: repeat queries reuse them, a write's new index resolves afresh.</summary>
public sealed class RegionCacheTests
{
    private static TestGraph Region() => new TestGraph()
        .Entity("place/xinjiang", "Xinjiang")
        .Entity("place/tacheng", "Tacheng", "place/xinjiang")
        .Relation("camp-in-tacheng", "project/camp", LocatedIn, "place/tacheng")
        .Relation("contractor-builds-camp", "org/contractor", ContractorFor, "project/camp")
        .Relation("contractor-builds-school", "org/contractor", ContractorFor, "project/school");

    private static PathQuery ContractorToXinjiang() =>
        new(TestGraph.Ids("org/contractor"), new EntitySelector(Kinds: [EntityKind.Project], LocatedIn: ["Xinjiang"]), new PathOptions());

    [Fact]
    public async Task A_repeated_region_is_resolved_once_per_index_with_the_same_answer()
    {
        var index = GraphIndex.Build(Region().Snapshot);
        var engine = new PathEngine(index);

        var first = await engine.FindPathsAsync(ContractorToXinjiang());
        var second = await engine.FindPathsAsync(ContractorToXinjiang());
        var byId = await engine.FindPathsAsync(ContractorToXinjiang() with { To = new(Kinds: [EntityKind.Project], LocatedIn: ["place/xinjiang"]) });

        first.Routes().Should().Equal("contractor>camp");
        second.Routes().Should().Equal(first.Routes());
        byId.Routes().Should().Equal(first.Routes());
        RegionCache.For(index).Count.Should().Be(1, "the name and the id resolve to the same place, one region");
    }

    [Fact]
    public async Task A_write_derives_an_index_whose_regions_are_resolved_afresh()
    {
        var index = GraphIndex.Build(Region().Snapshot);
        (await new PathEngine(index).FindPathsAsync(ContractorToXinjiang())).Routes().Should().Equal("contractor>camp");
        var school = new Relation(
            "school-in-tacheng", LocatedIn, "project/school", "place/tacheng", RelationStatus.Reported, 0.8, [new Evidence("a", "q", 0, 1)]);

        var written = index.With(new ImportBatch([], [], [school]));
        var after = await new PathEngine(written).FindPathsAsync(ContractorToXinjiang());
        var before = await new PathEngine(index).FindPathsAsync(ContractorToXinjiang());

        after.Routes().Should().Equal("contractor>camp", "contractor>school");
        before.Routes().Should().Equal("contractor>camp");
    }

    [Fact]
    public void Regions_past_the_bound_drop_the_oldest_and_one_larger_than_it_is_not_kept()
    {
        var cache = new RegionCache(maxMembers: 3 * RegionCache.EntryOverhead);
        var resolved = 0;
        int[] Region(int size)
        {
            resolved++;
            return [.. Enumerable.Range(0, size)];
        }

        cache.GetOrAdd([1], () => Region(10));
        cache.GetOrAdd([2], () => Region(10));
        cache.GetOrAdd([1], () => Region(10));
        resolved.Should().Be(2, "the second look-up of place 1 is kept");

        cache.GetOrAdd([3], () => Region(5));
        cache.Count.Should().Be(2, "three regions cost more than the bound: the oldest (place 1) went");
        cache.GetOrAdd([2], () => Region(10));
        resolved.Should().Be(3, "place 2 is still kept");
        cache.GetOrAdd([1], () => Region(10));
        resolved.Should().Be(4, "place 1 was dropped and is resolved again");

        cache.GetOrAdd([4], () => Region(3 * RegionCache.EntryOverhead));
        cache.GetOrAdd([4], () => Region(3 * RegionCache.EntryOverhead));
        resolved.Should().Be(6, "a region larger than the whole bound is resolved every time");
    }
}
