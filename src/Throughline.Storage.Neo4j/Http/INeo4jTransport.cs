namespace Throughline.Storage.Neo4j.Http;

/// <summary>One of Neo4j's HTTP protocols. Every call runs all its statements in one transaction.</summary>
internal interface INeo4jTransport
{
    /// <summary>"query-api-v2" or "transactional", for health output and logs.</summary>
    string Protocol { get; }

    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken ct);
}
