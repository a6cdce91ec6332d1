using Throughline.Core.Storage;
using Throughline.Storage.Neo4j.Tests.Support;

namespace Throughline.Storage.Neo4j.Tests.Import;

/// <summary>
/// A batch larger than <see cref="Neo4jOptions.ImportBatchSize"/> is written in bounded transactions and still applies
/// all or nothing: stopped at any chunk, the store holds the old graph (nothing of the import, no bookkeeping left),
/// and the next import succeeds.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class JournaledImportTests
{
    [Neo4jFact]
    public async Task A_batch_of_many_chunks_reads_back_whole_and_moves_the_version_once()
    {
        await using var store = await OpenWithOldAsync();
        var before = await store.GetVersionAsync();
        var steps = new FailAtStep(int.MaxValue, () => { });

        var result = await store.ApplyAsync(ImportGraphs.New, steps);

        steps.Reports.Should().BeGreaterThan(10, "the batch is written in chunks of 20 records");
        result.Inserted.Should().Be(ImportGraphs.OldThenNew.Relations.Count - ImportGraphs.Old.Relations.Count);
        result.Updated.Should().BeGreaterThan(0);
        await ImportGraphs.ShouldHoldAsync(store, ImportGraphs.OldThenNew);
        (await store.GetVersionAsync()).Should().Be(before + 1);
        (await ImportGraphs.BookkeepingLeftAsync(store.Options)).Should().Be(0);
        var changes = await store.GetChangesSinceAsync(before);
        changes!.Changed.Relations.Should().HaveCount(result.Inserted + ImportGraphs.Old.Relations.Count(r => !ImportGraphs.New.Relations.Contains(r)));
    }

    [Neo4jFact]
    public async Task Cancelled_after_the_first_a_middle_or_the_last_chunk_the_store_holds_the_old_graph_and_the_next_import_succeeds()
    {
        await using var store = await OpenWithOldAsync();
        var version = await store.GetVersionAsync();
        var chunks = (int)Math.Ceiling(ImportGraphs.New.Articles.Count / (double)ImportGraphs.ChunkSize) + (int)Math.Ceiling(ImportGraphs.New.Entities.Count / (double)ImportGraphs.ChunkSize)
            + (int)Math.Ceiling(ImportGraphs.New.Relations.Count / (double)ImportGraphs.ChunkSize);
        foreach (var step in new[] { 1, chunks / 2, chunks })
        {
            using var cancel = new CancellationTokenSource();
            var import = () => store.ApplyAsync(ImportGraphs.New, new FailAtStep(step, cancel.Cancel), cancel.Token);

            await import.Should().ThrowAsync<OperationCanceledException>($"cancelled at step {step} of {chunks}");
            await ImportGraphs.ShouldHoldAsync(store, ImportGraphs.OldSnapshot);
            (await store.GetVersionAsync()).Should().Be(version);
            (await ImportGraphs.BookkeepingLeftAsync(store.Options)).Should().Be(0);
        }

        await store.ApplyAsync(ImportGraphs.New);

        await ImportGraphs.ShouldHoldAsync(store, ImportGraphs.OldThenNew);
    }

    [Neo4jFact]
    public async Task An_import_whose_process_died_blocks_other_large_imports_until_its_lease_runs_out_and_is_then_undone()
    {
        await using var store = await OpenWithOldAsync();
        var patient = store.Options with { ImportLease = TimeSpan.FromHours(1) };
        await LeaveAbandonedImportAsync(patient);
        (await ImportGraphs.BookkeepingLeftAsync(store.Options)).Should().BeGreaterThan(0);
        await using (var other = await Neo4jGraphStore.OpenAsync(patient))
        {
            var refused = () => other.ApplyAsync(ImportGraphs.New);

            (await refused.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should().Contain("another large import is being written");
        }

        await using var reopened = await Neo4jGraphStore.OpenAsync(ImportGraphs.Chunked(TestServer.Options));

        await ImportGraphs.ShouldHoldAsync(reopened, ImportGraphs.OldSnapshot);
        (await ImportGraphs.BookkeepingLeftAsync(store.Options)).Should().Be(0);
        await reopened.ApplyAsync(ImportGraphs.New);
        await ImportGraphs.ShouldHoldAsync(reopened, ImportGraphs.OldThenNew);
    }

    private static async Task<Neo4jGraphStore> OpenWithOldAsync()
    {
        var store = await TestServer.OpenEmptyAsync(options: ImportGraphs.Chunked(TestServer.Options));
        await store.ApplyAsync(ImportGraphs.Old);
        return store;
    }

    /// <summary>
    /// An import whose process dies after a few chunks: its HTTP client is disposed mid-import, so neither the next
    /// chunk nor the undo reaches the server, and the journal and chunks stay behind as a killed process leaves them.
    /// </summary>
    private static async Task LeaveAbandonedImportAsync(Neo4jOptions options)
    {
        var store = await Neo4jGraphStore.OpenAsync(options);
        var kill = new FailAtStep(3, () => store.DisposeAsync().AsTask().GetAwaiter().GetResult());
        var import = () => store.ApplyAsync(ImportGraphs.New, kill);

        await import.Should().ThrowAsync<ObjectDisposedException>();
    }
}
