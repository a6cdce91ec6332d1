using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j.Http;
using Throughline.Storage.Neo4j.Tests.Support;

namespace Throughline.Storage.Neo4j.Tests.Store;

/// <summary>
/// The whole-graph stream (what /export/graph and the CLI's export write from) reads Neo4j a page at a time instead of
/// materialising the graph: it yields the same records as the snapshot, its first records arrive before later pages are
/// read, and a write that moves the graph version mid-stream fails it instead of mixing versions.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class StreamTests
{
    [Neo4jFact]
    public async Task The_stream_in_small_pages_yields_exactly_the_snapshot_records_in_order()
    {
        await using (var loader = await TestServer.OpenEmptyAsync())
        {
            await loader.ApplyAsync(SeedGraph.Cached);
        }

        await using var store = await Neo4jGraphStore.OpenAsync(TestServer.Options with { StreamPageSize = 7 });
        var snapshot = await store.ReadAllAsync();
        var streamed = new List<GraphRecord>();
        await foreach (var record in store.StreamAllAsync())
        {
            streamed.Add(record);
        }

        streamed.Should().Equal(GraphRecord.Of(snapshot));
        streamed.Should().HaveCount(SeedGraph.Cached.Articles.Count + SeedGraph.Cached.Entities.Count + SeedGraph.Cached.Relations.Count);
    }

    [Neo4jFact]
    public async Task The_stream_reads_later_pages_only_as_it_goes()
    {
        await using var store = await TestServer.OpenEmptyAsync(options: TestServer.Options with { StreamPageSize = 2 });
        await store.ApplyAsync(new ImportBatch([], Enumerable.Range(0, 6).Select(i => new Entity($"org/e{i}", $"E{i}", EntityKind.Organization, [])).ToList(), []));
        await using var stream = store.StreamAllAsync().GetAsyncEnumerator();
        (await stream.MoveNextAsync()).Should().BeTrue();
        stream.Current.Entity!.Id.Should().Be("org/e0");

        // A node written past the store (no version bump, so the stream's guard does not see it) after the first page
        // was read: a stream that had read the whole graph up front could not yield it.
        using (var client = new Neo4jClient(store.Options))
        {
            await client.RunAsync(new CypherStatement(
                "test: an entity written behind the store's back", "CREATE (:Entity:Organization {id: 'org/e9', name: 'E9', kind: 'Organization', aliases: []})",
                new Dictionary<string, object?>()));
        }

        var rest = new List<string>();
        while (await stream.MoveNextAsync())
        {
            rest.Add(stream.Current.Entity!.Id);
        }

        rest.Should().Equal("org/e1", "org/e2", "org/e3", "org/e4", "org/e5", "org/e9");
    }

    [Neo4jFact]
    public async Task A_write_through_the_store_mid_stream_fails_the_stream_naming_both_versions()
    {
        await using var store = await TestServer.OpenEmptyAsync(options: TestServer.Options with { StreamPageSize = 2 });
        await store.ApplyAsync(new ImportBatch([], Enumerable.Range(0, 6).Select(i => new Entity($"org/e{i}", $"E{i}", EntityKind.Organization, [])).ToList(), []));
        var version = await store.GetVersionAsync();
        await using var stream = store.StreamAllAsync().GetAsyncEnumerator();
        (await stream.MoveNextAsync()).Should().BeTrue();

        await store.ApplyAsync(new ImportBatch([], [new Entity("org/e7", "E7", EntityKind.Organization, [])], []));
        var drain = async () =>
        {
            while (await stream.MoveNextAsync())
            {
            }
        };

        (await drain.Should().ThrowAsync<GraphStoreException>()).Which.Message
            .Should().Contain("changed while it was being streamed").And.Contain($"version {version}, now {version + 1}");
    }
}
