using Throughline.Storage.Neo4j;
using Throughline.Storage.Neo4j.Http;

namespace Throughline.Api.Tests.Support;

/// <summary>
/// The store the suite runs against: THROUGHLINE_TEST_STORE=sqlite (default: a SQLite file per server) or neo4j (the
/// server NEO4J_URI names, cleared before each API server starts, so every server starts from the seed as over a fresh
/// file). tests/run.sh runs the suite once per store; on Neo4j its collections run one at a time (one shared database).
/// </summary>
public static class TestStore
{
    public static bool IsNeo4j => string.Equals(Environment.GetEnvironmentVariable("THROUGHLINE_TEST_STORE"), "neo4j", StringComparison.OrdinalIgnoreCase);

    public static bool HasNeo4jServer => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI"));

    public static Neo4jOptions Neo4jOptions => Storage.Neo4j.Neo4jOptions.FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>Deletes everything in the Neo4j test database (graph, versions, change feed, seed ledger).</summary>
    public static async Task ClearNeo4jAsync()
    {
        using var client = new Neo4jClient(Neo4jOptions);
        await client.RunAsync(new CypherStatement("test: clear the database", "MATCH (n) DETACH DELETE n", new Dictionary<string, object?>()));
    }
}

/// <summary>
/// A test of the API over Neo4j; it runs in the suite's Neo4j pass (THROUGHLINE_TEST_STORE=neo4j with NEO4J_URI set),
/// which runs alone: in the SQLite pass the Neo4j store's own tests may be clearing the same database meanwhile.
/// </summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    public Neo4jFactAttribute()
    {
        if (!TestStore.IsNeo4j || !TestStore.HasNeo4jServer)
        {
            Skip = "runs in the API suite's Neo4j pass (THROUGHLINE_TEST_STORE=neo4j and NEO4J_URI set; tests/run.sh runs it)";
        }
    }
}

/// <summary>
/// A test about the SQLite store itself (its file, its ledger table, a second connection to the file); skipped, with
/// the reason given, when the suite runs on Neo4j, where the same behaviour has its own test.
/// </summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute(string why)
    {
        if (TestStore.IsNeo4j)
        {
            Skip = $"SQLite only: {why}";
        }
    }
}
