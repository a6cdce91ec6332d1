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

    /// <summary>
    /// How long calls fail fast once the circuit opens. Short, because an API replica cannot catch up before the circuit
    /// half-opens again: with 10 s a replica took 20.6 s to catch up after its Neo4j came back (Neo4jReplicaFaultTests).
    /// Calls that fail at once (a stopped server refuses the connection) are cheap to repeat; the retry back-off paces them.
    /// </summary>
    public TimeSpan BreakerDuration { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Per-attempt timeout of one import transaction (a chunk of a large import, or a whole small batch) and of a full read.</summary>
    public TimeSpan ImportTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Records per import transaction (NEO4J_IMPORT_BATCH_SIZE). A batch of at most this many records is one transaction;
    /// a larger one is written in journaled chunks of this size and published at the end (cypher/README.md), so the
    /// server's memory does not grow with the import.
    /// </summary>
    public int ImportBatchSize { get; init; } = 5000;

    /// <summary>
    /// How long a journaled import may show no life (no chunk committed) before another process takes it for abandoned
    /// (its process killed, its server restarted) and undoes it.
    /// </summary>
    public TimeSpan ImportLease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The most record ids the change feed hands a reader; a bigger gap (a large import) makes the reader read everything
    /// again, which is cheaper than fetching that many records by id.
    /// </summary>
    public int MaxChangeFeedRecords { get; init; } = 50_000;

    /// <summary>
    /// How many versions the change feed keeps (NEO4J_CHANGE_FEED_VERSIONS): every write trims the entries of older ones
    /// (trim-changes.cypher), so the feed does not grow with the store's history; a replica further behind reads
    /// everything again.
    /// </summary>
    public int ChangeFeedVersions { get; init; } = 1000;

    /// <summary>Records per statement when the whole graph is streamed (exports): memory holds one page of them.</summary>
    public int StreamPageSize { get; init; } = 5000;

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

        var options = new Neo4jOptions(
            uri,
            get("NEO4J_USER") is { Length: > 0 } user ? user : "neo4j",
            get("NEO4J_PASSWORD") ?? string.Empty,
            get("NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j");
        if (get("NEO4J_IMPORT_BATCH_SIZE") is { Length: > 0 } batchText)
        {
            if (!int.TryParse(batchText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var batch) || batch < 1)
            {
                throw new Neo4jConfigurationException($"NEO4J_IMPORT_BATCH_SIZE '{batchText}' is not a whole number of records of at least 1");
            }

            options = options with { ImportBatchSize = batch };
        }

        if (get("NEO4J_CHANGE_FEED_VERSIONS") is { Length: > 0 } keepText)
        {
            if (!int.TryParse(keepText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var keep) || keep < 1)
            {
                throw new Neo4jConfigurationException($"NEO4J_CHANGE_FEED_VERSIONS '{keepText}' is not a whole number of versions of at least 1");
            }

            options = options with { ChangeFeedVersions = keep };
        }

        return options;
    }
}
