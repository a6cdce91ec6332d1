using Throughline.Core.Drafts;
using Throughline.Core.Index;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j;

namespace Throughline.Api.KnowledgeBase;

/// <summary>
/// The open graph the API serves: records and writes through <see cref="Store"/>, path queries through
/// <see cref="Paths"/>. For SQLite both are the IndexedGraph (the store plus the in-memory path index it keeps current)
/// seen through the request's one view of it (<see cref="BeginRequest"/>); the same over Neo4j with the index (the default),
/// or, with THROUGHLINE_NEO4J_PATHS=cypher, both are the Neo4j store, which runs path queries as Cypher.
/// </summary>
public sealed class KnowledgeGraph : IAsyncDisposable
{
    private KnowledgeGraph(IGraphStore store, IPathQueries paths, IndexedGraph? indexed, Neo4jGraphStore? neo4j, IDraftStore? drafts)
    {
        Drafts = drafts;
        Store = store;
        Paths = paths;
        Indexed = indexed;
        Neo4j = neo4j;
    }

    public IGraphStore Store { get; }

    /// <summary>Where drafts are kept: the store underneath (drafts are beside the graph, not in the index); null if it keeps none.</summary>
    public IDraftStore? Drafts { get; }

    public IPathQueries Paths { get; }

    /// <summary>The in-memory index and its store, when the API keeps one (SQLite; Neo4j with the index); null for Cypher paths.</summary>
    public IndexedGraph? Indexed { get; }

    /// <summary>The Neo4j store underneath, whichever way paths are answered (for /health); null on SQLite.</summary>
    public Neo4jGraphStore? Neo4j { get; }

    /// <summary>Wraps a store that answers path queries itself; reads are not pinned per request.</summary>
    public static KnowledgeGraph Of<T>(T graph)
        where T : IGraphStore, IPathQueries => new(graph, graph, graph as IndexedGraph, graph as Neo4jGraphStore, graph as IDraftStore);

    /// <summary>The indexed graph, every request reading one version of it (index and records).</summary>
    public static KnowledgeGraph PerRequestViews(IndexedGraph graph, Neo4jGraphStore? neo4j = null, IDraftStore? drafts = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var scoped = new RequestGraph(graph);
        return new(scoped, scoped, graph, neo4j, drafts ?? neo4j);
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
