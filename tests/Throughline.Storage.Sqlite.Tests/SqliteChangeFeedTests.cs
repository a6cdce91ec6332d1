using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.Storage.Contract;

namespace Throughline.Storage.Sqlite.Tests;

/// <summary>The SQLite store's version, change log and snapshots, with two store instances on one real file.</summary>
public sealed class SqliteChangeFeedTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string File => _directory.File("feed.db");

    [Fact]
    public async Task A_commit_through_another_instance_on_the_same_file_moves_the_version()
    {
        await using var reader = await SqliteGraphStore.OpenAsync(File);
        await using var writer = await SqliteGraphStore.OpenAsync(File);
        var before = await reader.GetVersionAsync();

        await writer.ApplyAsync(ContractGraph.Batch);

        (await reader.GetVersionAsync()).Should().Be(await writer.GetVersionAsync()).And.BeGreaterThan(before);
        (await reader.GetChangesSinceAsync(before))!.Changed.Relations.Should().HaveCount(ContractGraph.Relations.Count);
    }

    [Fact]
    public async Task A_batch_too_large_to_log_leaves_older_versions_uncovered_and_newer_ones_covered()
    {
        await using var store = await SqliteGraphStore.OpenAsync(File);
        await store.ApplyAsync(ContractGraph.Batch);
        var before = await store.GetVersionAsync();
        var many = Enumerable.Range(0, ChangeLog.MaxLoggedRecords + 1)
            .Select(i => new Entity($"org/bulk-{i:D6}", $"Bulk {i}", EntityKind.Organization, []))
            .ToList();

        await store.ApplyAsync(new ImportBatch([], many, []));
        var after = await store.GetVersionAsync();
        await store.ApplyAsync(new ImportBatch([], [many[0] with { Name = "Renamed" }], []));

        (await store.GetChangesSinceAsync(before)).Should().BeNull();
        (await store.GetChangesSinceAsync(after))!.Changed.Entities.Should().ContainSingle().Which.Name.Should().Be("Renamed");
    }

    [Fact]
    public async Task A_snapshot_reads_the_version_it_was_opened_at_while_later_writes_commit()
    {
        await using var store = await SqliteGraphStore.OpenAsync(File);
        await store.ApplyAsync(ContractGraph.Batch);
        var original = ContractGraph.Relation("acme-supplies-beta");
        await using var snapshot = await store.OpenSnapshotAsync();
        var pinned = await snapshot.GetVersionAsync();

        await store.ApplyAsync(new ImportBatch([], [], [original with { Status = RelationStatus.Denied, Confidence = 0.2 }]));

        (await store.GetVersionAsync()).Should().BeGreaterThan(pinned);
        (await snapshot.GetVersionAsync()).Should().Be(pinned);
        (await snapshot.GetRelationAsync(original.Id)).Should().Be(original);
        (await snapshot.GetChangesSinceAsync(pinned))!.IsEmpty.Should().BeTrue();
        (await snapshot.ReadAllAsync()).Relations.Should().Contain(original);
        (await store.GetRelationAsync(original.Id))!.Status.Should().Be(RelationStatus.Denied);
    }

    [Fact]
    public async Task A_snapshot_refuses_to_write()
    {
        await using var store = await SqliteGraphStore.OpenAsync(File);
        await using var snapshot = await store.OpenSnapshotAsync();

        var write = () => snapshot.ApplyAsync(ContractGraph.Batch);

        (await write.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should().Contain("cannot write");
    }

    public void Dispose() => _directory.Dispose();
}
