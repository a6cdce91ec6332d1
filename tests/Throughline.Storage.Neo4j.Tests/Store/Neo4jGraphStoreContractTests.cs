using Throughline.Core.Storage;
using Throughline.Storage.Contract;
using Throughline.Storage.Neo4j.Tests.Support;

namespace Throughline.Storage.Neo4j.Tests.Store;

/// <summary>The store contract every IGraphStore meets, run against the real Neo4j server (database cleared per test).</summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateEmptyStoreAsync() => await TestServer.OpenEmptyAsync();
}
