using Throughline.Core.Storage;

namespace Throughline.Export.Tests;

public sealed class StreamTests
{
    [Fact]
    public async Task The_SQLite_stream_yields_the_snapshot_articles_then_entities_then_relations_in_id_order()
    {
        var (store, directory) = await Seed.OpenStoreAsync();
        await using (store)
        {
            var streamed = new List<GraphRecord>();
            await foreach (var record in store.StreamAllAsync())
            {
                streamed.Add(record);
            }

            streamed.Should().Equal(GraphRecord.Of(await store.ReadAllAsync()));
            streamed.Count(r => r.Relation is not null).Should().Be(Seed.Batch.Relations.Count);
        }

        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task An_export_graph_is_read_once_in_order()
    {
        var graph = ExportGraph.FromRecords(Seed.Batch.Articles, Seed.Batch.Entities, Seed.Batch.Relations);
        await foreach (var _ in graph.RelationsAsync())
        {
        }

        var reread = async () =>
        {
            await foreach (var _ in graph.EntitiesAsync())
            {
            }
        };
        await reread.Should().ThrowAsync<InvalidOperationException>();
    }
}
