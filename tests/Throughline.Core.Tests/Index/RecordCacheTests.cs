using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Core.Tests.Index;

public sealed class RecordCacheTests
{
    private static Entity Entity(int i) => new($"org/e{i}", $"E {i}", EntityKind.Organization, []);

    [Fact]
    public void A_full_generation_is_kept_as_the_previous_one_and_the_one_before_is_dropped()
    {
        var cache = new RecordCache(version: 1, capacity: 3);
        cache.Add([Entity(0), Entity(1), Entity(2)]);
        cache.Add([Entity(3), Entity(4), Entity(5)]);

        cache.Count.Should().Be(3, "the first generation was dropped when the second filled up");
        cache.TryGet("org/e0", out Entity _).Should().BeFalse();
        cache.TryGet("org/e4", out Entity found).Should().BeTrue();
        found.Name.Should().Be("E 4");
    }

    [Fact]
    public void A_hit_in_the_previous_generation_moves_the_record_back_to_the_current_one()
    {
        var cache = new RecordCache(version: 1, capacity: 3);
        cache.Add([Entity(0), Entity(1), Entity(2)]);
        cache.TryGet("org/e0", out Entity _).Should().BeTrue();
        cache.Add([Entity(3), Entity(4)]);

        cache.TryGet("org/e0", out Entity _).Should().BeTrue("it was asked for, so it survived the rotation");
        cache.TryGet("org/e1", out Entity _).Should().BeFalse();
    }

    [Fact]
    public void The_next_version_takes_over_what_the_change_did_not_touch_and_nothing_after_a_full_reload()
    {
        var cache = new RecordCache(version: 4);
        var kept = Entity(0);
        cache.Add([kept, Entity(1)]);
        var relation = new Relation("r-1", RelationType.Supplies, "org/e0", "org/e1", RelationStatus.Reported, 0.8, []);
        cache.Add([relation]);

        var next = cache.Next(5, new ImportBatch([], [Entity(1) with { Name = "changed" }], []));
        var reloaded = cache.Next(5, changed: null);

        next.Version.Should().Be(5);
        next.TryGet("org/e0", out Entity found).Should().BeTrue();
        found.Should().BeSameAs(kept);
        next.TryGet("r-1", out Relation _).Should().BeTrue();
        next.TryGet("org/e1", out Entity _).Should().BeFalse("the write changed it");
        reloaded.TryGet("org/e0", out Entity _).Should().BeFalse();
    }
}
