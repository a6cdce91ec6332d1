using Throughline.Core.Paths;
using Throughline.Storage.Neo4j.Http;

namespace Throughline.Storage.Neo4j.Tests.Support;

/// <summary>The Neo4j server of the test run (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD), opened empty.</summary>
public static class TestServer
{
    public static Neo4jOptions Options => Neo4jOptions.FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>Opens a store on the shared server after deleting everything in its database.</summary>
    public static async Task<Neo4jGraphStore> OpenEmptyAsync(PathLimits? limits = null, Neo4jOptions? options = null)
    {
        var store = await Neo4jGraphStore.OpenAsync(options ?? Options, limits);
        await ClearAsync(store);
        return store;
    }

    public static async Task ClearAsync(Neo4jGraphStore store)
    {
        using var client = new Neo4jClient(store.Options);
        await client.RunAsync(new CypherStatement("test: clear the database", "MATCH (n) DETACH DELETE n", new Dictionary<string, object?>()));
    }
}
