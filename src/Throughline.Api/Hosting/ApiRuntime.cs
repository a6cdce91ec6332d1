using Throughline.Api.KnowledgeBase;
using Throughline.GraphQL;

namespace Throughline.Api;

/// <summary>
/// What start-up opens before the first request: the graph (store + index) and the schema bound to it. Registered
/// as a singleton before the store is opened; <see cref="Initialize"/> is called once, before the server listens.
/// </summary>
public sealed class ApiRuntime : IAsyncDisposable
{
    private KnowledgeGraph? _graph;
    private GraphQLSchema? _schema;
    private SeedImportReport? _seed;

    public KnowledgeGraph Graph => _graph ?? throw NotReady();

    public GraphQLSchema Schema => _schema ?? throw NotReady();

    public SeedImportReport Seed => _seed ?? throw NotReady();

    public void Initialize(KnowledgeGraph graph, GraphQLSchema schema, SeedImportReport seed)
    {
        if (_graph is not null)
        {
            throw new InvalidOperationException("The API runtime is already initialised.");
        }

        (_graph, _schema, _seed) = (graph, schema, seed);
    }

    public async ValueTask DisposeAsync()
    {
        if (_graph is not null)
        {
            await _graph.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static InvalidOperationException NotReady() => new("The knowledge base is not open yet.");
}
