namespace Throughline.Storage.Neo4j.Tests.Support;

/// <summary>A test that needs the real Neo4j server named by NEO4J_URI; skipped, saying so, when it is not set.</summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    public const string SkipReason =
        "NEO4J_URI is not set: start a server with tests/scripts/neo4j-test-server.sh (tests/run.sh does) to run the Neo4j store's tests";

    public Neo4jFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            Skip = SkipReason;
        }
    }
}

/// <summary>Tests that use one shared Neo4j server clear its database, so they must not run in parallel with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Neo4jCollection
{
    public const string Name = "Neo4j server";
}
