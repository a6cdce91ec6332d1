using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Storage.Contract;
using Throughline.Storage.Neo4j.Tests.Support;

namespace Throughline.Storage.Neo4j.Tests.Paths;

/// <summary>
/// The path-query store contract (the brute-force reference on random graphs, writes seen by the next query, error
/// codes) with the Neo4j store answering path queries itself, in Cypher.
/// </summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jPathsContractTests : PathsContract
{
    protected override async Task<IGraphStore> CreateEmptyStoreAsync() => await TestServer.OpenEmptyAsync();

    protected override Task<IPathQueries> OpenPathQueriesAsync(IGraphStore store) => Task.FromResult((IPathQueries)store);
}
