namespace Throughline.Api.Configuration;

/// <summary>
/// The "Throughline" configuration section (appsettings.json), overlaid by the environment variables named in
/// ARCHITECTURE.md (<see cref="EnvironmentOverrides"/>).
/// </summary>
public sealed class ApiOptions
{
    public const string Section = "Throughline";

    /// <summary>"sqlite" (the embedded store) or "neo4j".</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>
    /// How the API answers path queries on Neo4j (THROUGHLINE_NEO4J_PATHS): "index" (default) builds the in-memory path
    /// index from Neo4j and keeps it current from the graph version's change feed, so path queries run as fast as on the
    /// embedded store; "cypher" runs them as Cypher in the server (no memory for the index, one round trip per query).
    /// </summary>
    public string Neo4jPaths { get; set; } = "index";

    /// <summary>SQLite file, relative to the working directory.</summary>
    public string Database { get; set; } = "data/throughline.db";

    /// <summary>Seed directory imported at start-up; relative paths are looked up from the working directory, the content root and their parents.</summary>
    public string SeedData { get; set; } = "seed-data";

    /// <summary>Whether start-up imports <see cref="SeedData"/> (skipped when its content hash is unchanged).</summary>
    public bool ImportSeedData { get; set; } = true;

    /// <summary>Mutations need this as a bearer token; null or empty disables mutations.</summary>
    public string? ApiKey { get; set; }

    public string Urls { get; set; } = "http://127.0.0.1:5080";

    public LimitOptions Limits { get; set; } = new();

    public RateLimitOptions RateLimit { get; set; } = new();

    public CorsOptions Cors { get; set; } = new();

    /// <summary>Debug aid: resolver exceptions carry their type and stack trace. Never enable in production.</summary>
    public bool IncludeExceptionDetails { get; set; }
}

/// <summary>Bounds on the work one request may cause.</summary>
public sealed class LimitOptions
{
    /// <summary>Largest request body in bytes (413 beyond).</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Longest GraphQL document in characters.</summary>
    public int MaxDocumentLength { get; set; } = 32 * 1024;

    /// <summary>Most lexical tokens in a document.</summary>
    public int MaxTokens { get; set; } = 5_000;

    /// <summary>Deepest field nesting.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Most aliases in an operation.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Highest estimated cost of an operation (fields times list sizes; path queries cost more): the engine's ComplexityRule.</summary>
    public int MaxComplexity { get; set; } = 100_000;

    /// <summary>Cost of one path-query field (paths, shortestPaths, neighborhood) before list multipliers.</summary>
    public int PathQueryCost { get; set; } = 100;

    /// <summary>Items the complexity estimate assumes for a list field without a literal first/maxEntities argument.</summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>Wall-clock budget of one request; the engine and the path search are cancelled beyond it. 0 times out every request.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>Path engine caps and expansion budget.</summary>
    public int MaxHops { get; set; } = 6;

    public int MaxPageSize { get; set; } = 100;

    public long ExpansionBudget { get; set; } = 2_000_000;

    /// <summary>Expansions all path queries of one request share (aliases and fragments included): bounds a request's CPU time.</summary>
    public long RequestExpansionBudget { get; set; } = 2_000_000;

    /// <summary>
    /// Allowance units (of <see cref="RequestExpansionBudget"/>) one record costs when a path page, a shortest-path list
    /// or a neighbourhood materialises its entities and relations: reading and serialising a record costs about as much
    /// CPU as examining this many adjacency entries, so a 10,000-entity neighbourhood's records are paid for like the
    /// search that found them.
    /// </summary>
    public long RecordWorkUnits { get; set; } = 50;

    /// <summary>
    /// Allowance units one entity name costs a text search (<c>entities(search:)</c>) that reads every name: a text
    /// shorter than three characters, a text too many entities hold for the trigram index, or a store without a name
    /// index (Neo4j). Priced for the worst case, a text most names hold (search-figures on the 1M-entity bench graph:
    /// 0.2 s for a rare text, 1.2 to 1.6 s for one half the names hold, whose matches are all ranked).
    /// </summary>
    public long NameWorkUnits { get; set; } = 3;

    /// <summary>
    /// Allowance units each entity an indexed text search matches costs (SQLite, three or more characters): finding,
    /// checking and ranking a match costs about ten adjacency entries (search-figures: 58 ms for 11,000 matches).
    /// </summary>
    public long MatchWorkUnits { get; set; } = 10;

    /// <summary>Requests with graph searches (paths, shortestPaths, neighborhood, entities with search text) one client may run at once; more wait, then get 429.</summary>
    public int MaxConcurrentHeavyRequests { get; set; } = 1;

    /// <summary>How long a client's heavy request waits for one of the client's slots before it gets 429.</summary>
    public double HeavyRequestQueueSeconds { get; set; } = 5;

    /// <summary>
    /// Path-engine calls and text searches the whole server runs at once (each holds a core while it runs); 0 (the
    /// default) means one fewer than the machine's cores, at least one, so a core is always left for /health and cheap queries.
    /// </summary>
    public int MaxConcurrentHeavyWork { get; set; }

    /// <summary>
    /// Whole-graph exports (/export/graph) the server streams at once; more get 503 with Retry-After. Each holds a core
    /// while it streams; a negative value removes the limit.
    /// </summary>
    public int MaxConcurrentGraphExports { get; set; } = 1;

    /// <summary>Heavy requests that may wait for a slot beyond those running; more get 503 with Retry-After at once.</summary>
    public int HeavyWorkQueueLimit { get; set; } = 16;

    /// <summary>
    /// Work units (adjacency entries a search examines, names a text search scans) per unit of complexity: a heavy
    /// field costs its work bound divided by this, so at the defaults a search that may use the whole 2M expansion
    /// budget costs 20,000 of the 100,000 an operation may cost.
    /// </summary>
    public long WorkPerCost { get; set; } = 100;

    public int MaxNeighbourhoodEntities { get; set; } = 10_000;
}

/// <summary>Per-client (remote address) fixed-window rate limit; <see cref="PermitLimit"/> 0 turns it off.</summary>
public sealed class RateLimitOptions
{
    public int PermitLimit { get; set; } = 300;

    public double WindowSeconds { get; set; } = 10;

    public int QueueLimit { get; set; }

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For is believed; from any other peer the header is ignored.</summary>
    public string[] TrustedProxies { get; set; } = [];
}

/// <summary>
/// Cross-origin access: queries (GET/POST with Content-Type and Accept) are open to <see cref="AllowedOrigins"/>;
/// mutations need Authorization, which a browser sends cross-origin only to <see cref="MutationOrigins"/>.
/// </summary>
public sealed class CorsOptions
{
    /// <summary>Origins allowed to query the API from a browser; empty or "*" allows any (without credentials).</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Origins allowed to send the Authorization header (and so mutations); empty allows none. "*" is not accepted here.</summary>
    public string[] MutationOrigins { get; set; } = [];
}
