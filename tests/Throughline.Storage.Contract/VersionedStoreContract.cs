using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Storage.Contract;

/// <summary>
/// What every <see cref="IVersionedStore"/> must do: versions that move with each write that changes something, and a
/// change feed that brings a reader from any logged version to the current one. A store's test project subclasses this
/// and overrides <see cref="CreateEmptyStoreAsync"/>; each test gets a fresh, empty store.
/// </summary>
public abstract class VersionedStoreContract : IAsyncLifetime
{
    private IVersionedStore? _store;

    protected IVersionedStore Store => _store ?? throw new InvalidOperationException("the store is created in InitializeAsync");

    protected abstract Task<IVersionedStore> CreateEmptyStoreAsync();

    public async Task InitializeAsync() => _store = await CreateEmptyStoreAsync();

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_empty_store_is_at_version_zero_and_has_no_changes_since_it()
    {
        (await Store.GetVersionAsync()).Should().Be(0);

        var changes = await Store.GetChangesSinceAsync(0);

        changes.Should().NotBeNull();
        changes!.Version.Should().Be(0);
        changes.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public async Task Each_write_that_changes_something_moves_the_version_forward()
    {
        await Store.ApplyAsync(ContractGraph.Batch);
        var first = await Store.GetVersionAsync();
        await Store.ApplyAsync(new ImportBatch([], [], [ContractGraph.Relation("acme-supplies-beta") with { Confidence = 0.6 }]));
        var second = await Store.GetVersionAsync();

        first.Should().BeGreaterThan(0);
        second.Should().BeGreaterThan(first);
    }

    [Fact]
    public async Task Reimporting_identical_records_leaves_the_version_where_it_was()
    {
        await Store.ApplyAsync(ContractGraph.Batch);
        var before = await Store.GetVersionAsync();

        await Store.ApplyAsync(ContractGraph.Batch);

        (await Store.GetVersionAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_rejected_batch_leaves_the_version_and_the_feed_unchanged()
    {
        await Store.ApplyAsync(ContractGraph.Batch);
        var before = await Store.GetVersionAsync();
        var dangling = ContractGraph.Relation("acme-supplies-gamma") with { Id = "acme-supplies-nobody", To = "org/nobody" };

        var apply = () => Store.ApplyAsync(new ImportBatch([], [], [ContractGraph.Relation("acme-supplies-beta") with { Confidence = 0.3 }, dangling]));

        await apply.Should().ThrowAsync<GraphStoreException>();
        (await Store.GetVersionAsync()).Should().Be(before);
        (await Store.GetChangesSinceAsync(before))!.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public async Task The_changes_since_a_version_are_the_records_written_after_it_as_now_stored()
    {
        await Store.ApplyAsync(ContractGraph.Batch);
        var since = await Store.GetVersionAsync();
        var denied = ContractGraph.Relation("acme-supplies-beta") with { Status = RelationStatus.Denied, Confidence = 0.2 };
        var renamed = ContractGraph.Entities.Single(e => e.Id == "org/gamma") with { Name = "Gamma Tech" };
        var added = new Entity("org/delta", "Delta", EntityKind.Organization, []);
        await Store.ApplyAsync(new ImportBatch([], [renamed, added], [ContractGraph.Relation("acme-supplies-beta") with { Confidence = 0.7 }]));
        await Store.ApplyAsync(new ImportBatch([], [], [denied]));

        var changes = await Store.GetChangesSinceAsync(since);

        changes.Should().NotBeNull();
        changes!.Version.Should().Be(await Store.GetVersionAsync());
        changes.Changed.Relations.Should().Equal(denied);
        changes.Changed.Entities.OrderBy(e => e.Id, StringComparer.Ordinal).Should().Equal(added, renamed);
        changes.Changed.Articles.Should().BeEmpty();
    }

    [Fact]
    public async Task The_changes_since_zero_rebuild_the_whole_graph()
    {
        await Store.ApplyAsync(ContractGraph.Batch);

        var changes = await Store.GetChangesSinceAsync(0);

        changes!.Changed.Should().BeEquivalentTo(ContractGraph.Batch);
    }

    [Fact]
    public async Task A_version_the_store_never_had_is_not_covered_by_the_feed()
    {
        await Store.ApplyAsync(ContractGraph.Batch);

        (await Store.GetChangesSinceAsync(await Store.GetVersionAsync() + 5)).Should().BeNull();
    }
}
