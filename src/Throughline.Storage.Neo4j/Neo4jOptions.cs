namespace Throughline.Storage.Neo4j;

/// <summary>
/// Where and how to reach Neo4j. Read from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE by
/// <see cref="FromEnvironment"/>; the retry and breaker settings have defaults suited to an interactive API.
/// </summary>
public sealed record Neo4jOptions(Uri Uri, string User, string Password, string Database = "neo4j")
{
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxRetries { get; init; } = 4;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Consecutive-failure ratio over <see cref="BreakerSamplingDuration"/> that opens the circuit.</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;

    public int BreakerMinimumThroughput { get; init; } = 8;

    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan BreakerDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Per-attempt timeout of an import: a large batch is one transaction and takes far longer than a query.</summary>
    public TimeSpan ImportTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Rows per UNWIND statement of an import; all statements of a batch still commit together.</summary>
    public int ImportRowsPerStatement { get; init; } = 2000;

    /// <summary>
    /// The work bound of a path query in Neo4j: at most this many candidate entity sequences are read (the result is then
    /// flagged truncated). The embedded engine bounds work by an expansion budget instead.
    /// </summary>
    public int PathRowLimit { get; init; } = 100_000;

    public static Neo4jOptions FromEnvironment(Func<string, string?> get)
    {
        var uriText = get("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uriText))
        {
            throw new Neo4jConfigurationException(
                "NEO4J_URI is not set: THROUGHLINE_STORE=neo4j needs the server's HTTP address, e.g. NEO4J_URI=http://localhost:7474");
        }

        if (!Uri.TryCreate(uriText, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new Neo4jConfigurationException(
                $"NEO4J_URI '{uriText}' is not an http:// or https:// address (Throughline talks to Neo4j over its HTTP APIs, not Bolt)");
        }

        return new Neo4jOptions(
            uri,
            get("NEO4J_USER") is { Length: > 0 } user ? user : "neo4j",
            get("NEO4J_PASSWORD") ?? string.Empty,
            get("NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j");
    }
}
