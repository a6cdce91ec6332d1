using Throughline.Core.Index;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Storage.Sqlite;

namespace Throughline.Storage.Neo4j.Tests.Support;

/// <summary>The embedded store (IndexedGraph over a SQLite file in a temp directory): the reference the Neo4j store must equal.</summary>
public sealed class EmbeddedGraph : IAsyncDisposable
{
    private readonly string _directory;

    private EmbeddedGraph(string directory, IndexedGraph graph)
    {
        _directory = directory;
        Graph = graph;
    }

    public IndexedGraph Graph { get; }

    public static async Task<EmbeddedGraph> OpenAsync(ImportBatch batch, PathLimits? limits = null)
    {
        var directory = Directory.CreateTempSubdirectory("throughline-neo4j-parity-").FullName;
        var store = await SqliteGraphStore.OpenAsync(Path.Combine(directory, "graph.db"));
        var graph = await IndexedGraph.OpenAsync(store, limits);
        await graph.ApplyAsync(batch);
        return new EmbeddedGraph(directory, graph);
    }

    public async ValueTask DisposeAsync()
    {
        await Graph.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
