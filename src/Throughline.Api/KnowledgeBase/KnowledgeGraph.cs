using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Api.KnowledgeBase;

/// <summary>
/// The open graph the API serves: records and writes through <see cref="Store"/>, path queries through
/// <see cref="Paths"/>. For SQLite both are one IndexedGraph (the store plus the in-memory path index it keeps current);
/// for Neo4j both are the Neo4j store, which runs path queries as Cypher.
/// </summary>
public sealed class KnowledgeGraph : IAsyncDisposable
{
    private KnowledgeGraph(IGraphStore store, IPathQueries paths)
    {
        Store = store;
        Paths = paths;
    }

    public IGraphStore Store { get; }

    public IPathQueries Paths { get; }

    /// <summary>Wraps a store that answers path queries itself.</summary>
    public static KnowledgeGraph Of<T>(T graph)
        where T : IGraphStore, IPathQueries => new(graph, graph);

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
