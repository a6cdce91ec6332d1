using Throughline.Core.Storage;
using Throughline.Storage.Contract;
using Throughline.Storage.Neo4j.Tests.Support;

namespace Throughline.Storage.Neo4j.Tests.Store;

/// <summary>Versions and the change feed (cypher/README.md, "Versions") against the real Neo4j server, database cleared per test.</summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jVersionedStoreContractTests : VersionedStoreContract
{
    protected override async Task<IVersionedStore> CreateEmptyStoreAsync() => await TestServer.OpenEmptyAsync();
}
