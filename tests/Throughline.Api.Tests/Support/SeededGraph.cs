using Throughline.Core.Index;
using Throughline.Storage.Sqlite;

namespace Throughline.Api.Tests.Support;

/// <summary>The seed data in a real SQLite file (temp directory) with its path index, shared read-only by a test class.</summary>
public sealed class SeededGraph : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("throughline-api-batching-").FullName;
    private IndexedGraph? _graph;

    public IndexedGraph Graph => _graph ?? throw new InvalidOperationException("The graph is not open.");

    public async Task InitializeAsync()
    {
        var store = await SqliteGraphStore.OpenAsync(Path.Combine(_directory, "seed.db"));
        await store.ApplyAsync(SeedFacts.Batch);
        _graph = await IndexedGraph.OpenAsync(store);
    }

    public async Task DisposeAsync()
    {
        if (_graph is not null)
        {
            await _graph.DisposeAsync();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // a temp directory left behind is harmless
        }
    }
}
