using Throughline.Core.Index;
using Throughline.Api.KnowledgeBase;
using Throughline.Storage.Neo4j;

namespace Throughline.Api.Health;

/// <summary>
/// GET /health: whether the store answers, and what it holds (JSON; counts cached per graph version, see
/// <see cref="HealthCache"/>). 503 when the store fails. GET /health/live: the process answers, nothing else is touched.
/// Both are inside the per-client rate limit.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", GetAsync).RequireRateLimiting(Security.RateLimiting.PolicyName);
        endpoints.MapGet("/health/live", () => Results.Json(new { status = "live" })).RequireRateLimiting(Security.RateLimiting.PolicyName);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(ApiRuntime runtime, HealthCache cache, ILoggerFactory loggers, CancellationToken ct)
    {
        var graph = runtime.Graph.Store;
        var indexed = runtime.Graph.Indexed;
        // Neo4j: one quick reachability probe (no retries) that also names the protocol and server version.
        var neo4j = runtime.Graph.Neo4j is { } server ? await server.CheckAsync(ct).ConfigureAwait(false) : null;
        var neo4jReport = neo4j is null ? null : new HealthNeo4j(neo4j.Reachable, neo4j.Protocol, neo4j.ServerVersion);
        try
        {
            if (neo4j is { Reachable: false })
            {
                throw new Neo4jUnavailableException(neo4j.Error ?? "Neo4j did not answer");
            }

            var stats = await cache.GetAsync(graph, indexed, ct).ConfigureAwait(false);
            return Results.Json(new HealthReport(
                "ok",
                graph.Name,
                new HealthCounts(stats.Entities, stats.Relations, stats.Articles, stats.Evidence),
                indexed is null ? null : await IndexReportAsync(indexed, ct).ConfigureAwait(false),
                runtime.Seed.Summary,
                neo4jReport));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The details stay in the log: they can name files and hosts.
            loggers.CreateLogger(typeof(HealthEndpoints)).LogError(e, "Health check: the store did not answer");
            // The index still answers path queries at the version it last caught up to: say which, and how far behind the
            // store it was when the store last answered, so an operator can tell what users are being served.
            return Results.Json(
                new HealthReport("unavailable", graph.Name, null, indexed is null ? null : OfflineIndexReport(indexed),
                    "the store did not answer; see the server log", neo4jReport),
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>
    /// The version the index serves and how many store versions it is behind (other processes' writes not yet polled),
    /// and for how long it may have been behind (ms since it last knew itself current; 0 when it is current now);
    /// whether the poll is failing, without the reason (it names the file or host; the poller's error is in IndexedGraph).
    /// </summary>
    private static async Task<HealthIndex> IndexReportAsync(IndexedGraph indexed, CancellationToken ct)
    {
        var (index, served) = indexed.Served;
        var store = await indexed.GetStoreVersionAsync(ct).ConfigureAwait(false);
        var behind = Math.Max(0, store - served);
        var lag = behind == 0 ? 0 : (long)Math.Max(0, (DateTime.UtcNow - indexed.LastCurrentAt).TotalMilliseconds);
        return new HealthIndex(index.EntityCount, index.RelationCount, served, store, behind, lag, indexed.LastRefreshError is not null);
    }

    /// <summary>
    /// The index's report while the store does not answer: the version served, the store version last read and the
    /// distance to it (a lower bound: the store may have moved on since), ms since the index last knew itself current,
    /// and an error in words (without the store's address, which stays in the log).
    /// </summary>
    private static HealthIndex OfflineIndexReport(IndexedGraph indexed)
    {
        var (index, served) = indexed.Served;
        var known = Math.Max(served, indexed.LastKnownStoreVersion ?? served);
        var lag = (long)Math.Max(0, (DateTime.UtcNow - indexed.LastCurrentAt).TotalMilliseconds);
        return new HealthIndex(index.EntityCount, index.RelationCount, served, known, known - served, lag, true,
            $"the store did not answer: path queries are served from the index at version {served}, last current "
            + $"{lag / 1000} s ago ({known - served} version(s) behind the store version last read, {known}); it catches up when the store answers again");
    }

    private sealed record HealthReport(string Status, string Store, HealthCounts? Counts, HealthIndex? Index, string Seed, HealthNeo4j? Neo4j = null);

    /// <summary>Neo4j's reachability, HTTP protocol ("query-api-v2" or "transactional") and version; no address (that stays in the log).</summary>
    private sealed record HealthNeo4j(bool Reachable, string? Protocol, string? ServerVersion);

    private sealed record HealthCounts(int Entities, int Relations, int Articles, int Evidence);

    private sealed record HealthIndex(int Entities, int Relations, long Version, long StoreVersion, long VersionsBehind, long LagMilliseconds, bool RefreshFailing, string? Error = null);
}
