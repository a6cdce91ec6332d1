namespace Throughline.Storage.Neo4j.Tests.Support;

/// <summary>Client options for the HTTP stub: tiny retry delays so retry tests run fast, a breaker that stays closed unless a test wants it.</summary>
public static class StubOptions
{
    public static Neo4jOptions For(Neo4jHttpStub stub, string database = "neo4j") => new(stub.Uri, "neo4j", "secret", database)
    {
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        MaxRetries = 3,
        BreakerMinimumThroughput = 1000,
        RequestTimeout = TimeSpan.FromSeconds(10),
    };
}
