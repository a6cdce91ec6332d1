using Throughline.Core.Index;
using Throughline.Api.KnowledgeBase;

namespace Throughline.Api.Health;

/// <summary>GET /health: whether the store answers, and what it holds (JSON). 503 when the store fails.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", GetAsync);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(ApiRuntime runtime, ILoggerFactory loggers, CancellationToken ct)
    {
        var graph = runtime.Graph.Store;
        try
        {
            var stats = await graph.GetStatsAsync(ct).ConfigureAwait(false);
            return Results.Json(new HealthReport(
                "ok",
                graph.Name,
                new HealthCounts(stats.Entities, stats.Relations, stats.Articles, stats.Evidence),
                graph is IndexedGraph indexed ? new HealthIndex(indexed.Index.EntityCount, indexed.Index.RelationCount) : null,
                runtime.Seed.Summary));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The details stay in the log: they can name files and hosts.
            loggers.CreateLogger(typeof(HealthEndpoints)).LogError(e, "Health check: the store did not answer");
            return Results.Json(
                new HealthReport("unavailable", graph.Name, null, null, "the store did not answer; see the server log"),
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private sealed record HealthReport(string Status, string Store, HealthCounts? Counts, HealthIndex? Index, string Seed);

    private sealed record HealthCounts(int Entities, int Relations, int Articles, int Evidence);

    private sealed record HealthIndex(int Entities, int Relations);
}
