using Throughline.Core.Index;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Api.KnowledgeBase;

/// <summary>
/// The open graph the API serves: records and writes through <see cref="Store"/>, path queries through
/// <see cref="Paths"/>. For SQLite both are the IndexedGraph (the store plus the in-memory path index it keeps current)
/// seen through the request's one view of it (<see cref="BeginRequest"/>); for Neo4j both are the Neo4j store, which
/// runs path queries as Cypher.
/// </summary>
public sealed class KnowledgeGraph : IAsyncDisposable
{
    private KnowledgeGraph(IGraphStore store, IPathQueries paths, IndexedGraph? indexed)
    {
        Store = store;
        Paths = paths;
        Indexed = indexed;
    }

    public IGraphStore Store { get; }

    public IPathQueries Paths { get; }

    /// <summary>The in-memory index and its store, when the API keeps one (SQLite); null for Neo4j.</summary>
    public IndexedGraph? Indexed { get; }

    /// <summary>Wraps a store that answers path queries itself; reads are not pinned per request.</summary>
    public static KnowledgeGraph Of<T>(T graph)
        where T : IGraphStore, IPathQueries => new(graph, graph, graph as IndexedGraph);

    /// <summary>The indexed graph, every request reading one version of it (index and records).</summary>
    public static KnowledgeGraph PerRequestViews(IndexedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var scoped = new RequestGraph(graph);
        return new(scoped, scoped, graph);
    }

    /// <summary>
    /// Starts a request: until the returned views are disposed, the calling async flow reads one version of the graph.
    /// Call it in the method that then awaits execution (the views travel with the async flow, not the thread).
    /// </summary>
    public RequestViews BeginRequest()
    {
        if (Store is not RequestGraph || Indexed is null)
        {
            return RequestViews.None;
        }

        var views = new RequestViews(Indexed);
        RequestGraph.Use(views);
        return views;
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
