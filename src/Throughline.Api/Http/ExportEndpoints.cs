using Microsoft.Extensions.Options;
using Throughline.Api.Configuration;
using Throughline.Api.Limits;
using Throughline.Api.Schema;
using Throughline.Api.Security;
using Throughline.Core.Paths;
using Throughline.Export;

namespace Throughline.Api.Http;

/// <summary>
/// Public GET exports (README "Exports"): <c>/export/graph</c> (the whole graph, streamed from the store),
/// <c>/export/paths</c>, <c>/export/shortest-paths</c> and <c>/export/neighborhood</c> (the subgraph the GraphQL field of
/// the same name and arguments answers with), each with <c>?format=</c>; <c>/export</c> lists the formats. Bad parameters
/// get 400 (an unknown entity id 404) with a GraphQL-style error body, every problem listed.
/// </summary>
public static class ExportEndpoints
{
    private static readonly string[] PathParameters =
    [
        "format", "from.ids", "from.names", "from.kinds", "from.locatedIn", "from.countries",
        "to.ids", "to.names", "to.kinds", "to.locatedIn", "to.countries",
        "maxHops", "relationTypes", "direction", "asOf", "minConfidence", "minIndependentSources", "includeDenied", "first",
    ];

    private static readonly string[] NeighbourhoodParameters =
        ["format", "id", "depth", "maxEntities", "relationTypes", "direction", "asOf", "minConfidence", "minIndependentSources", "includeDenied"];

    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder endpoints)
    {
        var export = endpoints.MapGroup("/export").RequireRateLimiting(RateLimiting.PolicyName);
        export.MapGet(string.Empty, () => TypedResults.Json(ExportFormats.All.Select(f => new
        {
            format = f.Name,
            mediaType = f.MediaType,
            extension = f.Extension,
            description = f.Description,
        })));
        export.MapGet("/graph", (HttpContext context, ApiRuntime runtime) =>
            RunAsync(context, ["format"], "graph", (_, _) => Task.FromResult(ExportScopes.WholeGraph(runtime.Graph.Store, ct: context.RequestAborted))));
        export.MapGet("/paths", (HttpContext context, ApiRuntime runtime) =>
            RunAsync(context, [.. PathParameters, "after"], "paths", (request, ct) =>
            {
                var (from, fromCountries) = request.Selector("from");
                var (to, toCountries) = request.Selector("to");
                var options = request.Options();
                var (first, after) = (request.Integer("first") ?? 20, request.Single("after"));
                return Guarded(request, () => BetweenAsync(runtime, (from, fromCountries), (to, toCountries), ct, (f, t) =>
                    ExportScopes.PathsAsync(runtime.Graph.Store, runtime.Graph.Paths, new PathQuery(f, t, options, first, after) { Allowance = request.Allowance }, request.RecordUnits, ct)));
            }));
        export.MapGet("/shortest-paths", (HttpContext context, ApiRuntime runtime) =>
            RunAsync(context, PathParameters, "shortest-paths", (request, ct) =>
            {
                var (from, fromCountries) = request.Selector("from");
                var (to, toCountries) = request.Selector("to");
                var options = request.Options();
                var first = request.Integer("first") ?? 20;
                return Guarded(request, () => BetweenAsync(runtime, (from, fromCountries), (to, toCountries), ct, (f, t) =>
                    ExportScopes.ShortestPathsAsync(runtime.Graph.Store, runtime.Graph.Paths, new ShortestPathQuery(f, t, options, first) { Allowance = request.Allowance }, request.RecordUnits, ct)));
            }));
        export.MapGet("/neighborhood", (HttpContext context, ApiRuntime runtime) =>
            RunAsync(context, NeighbourhoodParameters, "neighborhood", async (request, ct) =>
            {
                var id = request.Single("id");
                var query = new NeighbourhoodQuery(id ?? string.Empty, request.Integer("depth") ?? 1, request.Options(Direction.Any), request.Integer("maxEntities") ?? 200)
                {
                    Allowance = request.Allowance,
                };
                if (id is null)
                {
                    request.Problem("Parameter \"id\" is required: the entity at the centre.");
                }

                return await Guarded(request, async () =>
                    await runtime.Graph.Store.GetEntitiesAsync([id!], ct).ConfigureAwait(false) is { Count: > 0 }
                        ? await ExportScopes.NeighbourhoodAsync(runtime.Graph.Store, runtime.Graph.Paths, query, request.RecordUnits, ct).ConfigureAwait(false)
                        : throw new PathQueryException(PathQueryException.NotFound, $"Parameter \"id\": no entity has the id '{id}'.")).ConfigureAwait(false);
            }));
        return endpoints;
    }

    /// <summary>
    /// Resolves <c>countries</c> on both ends as the GraphQL fields do; when a country leaves an end with no entity the
    /// answer is an empty graph, as the GraphQL page is empty.
    /// </summary>
    private static async Task<ExportGraph> BetweenAsync(
        ApiRuntime runtime, (EntitySelector Selector, IReadOnlyList<string>? Countries) from, (EntitySelector Selector, IReadOnlyList<string>? Countries) to,
        CancellationToken ct, Func<EntitySelector, EntitySelector, Task<ExportGraph>> export)
    {
        var store = runtime.Graph.Store;
        var fromRead = await CountrySelection.NarrowAsync("from.countries", from.Selector, from.Countries, store, ct).ConfigureAwait(false);
        var toRead = await CountrySelection.NarrowAsync("to.countries", to.Selector, to.Countries, store, ct).ConfigureAwait(false);
        return fromRead.Nothing || toRead.Nothing
            ? ExportGraph.FromRecords([], [], [])
            : await export(fromRead.Selector, toRead.Selector).ConfigureAwait(false);
    }

    /// <summary>
    /// A path, shortest-path or neighbourhood export runs the engine as the GraphQL fields do, so it passes the same
    /// per-client gate (MaxConcurrentHeavyRequests), takes a server-wide slot (MaxConcurrentHeavyWork, 503 when the
    /// queue is full) and spends the request's allowance: /export is no way around the limits.
    /// </summary>
    private static async Task<ExportGraph> HeavyAsync(HttpContext context, Func<Task<ExportGraph>> build, CancellationToken ct)
    {
        var services = context.RequestServices;
        using var admitted = await services.GetRequiredService<HeavyRequestGate>().EnterAsync(services.GetRequiredService<ClientAddress>().Of(context), ct)
            .ConfigureAwait(false);
        var heavyWork = services.GetRequiredService<HeavyWorkLimiter>();
        using var queued = heavyWork.Admit();
        return await heavyWork.RunAsync(build, ct).ConfigureAwait(false);
    }

    /// <summary>Parameter problems found while building the query are reported before it runs, all at once.</summary>
    private static Task<ExportGraph> Guarded(ExportRequest request, Func<Task<ExportGraph>> run) =>
        request.Problems.Count > 0 ? Task.FromException<ExportGraph>(new ExportProblem(request.Problems)) : run();

    private static async Task RunAsync(
        HttpContext context, IReadOnlyCollection<string> known, string scope, Func<ExportRequest, CancellationToken, Task<ExportGraph>> build)
    {
        var limits = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.Limits;
        var request = new ExportRequest(context.Request.Query) { Allowance = new ExpansionAllowance(limits.RequestExpansionBudget), RecordUnits = limits.RecordWorkUnits };
        var format = request.Format();
        request.RejectUnknown(known);
        ExportGraph graph;
        IDisposable? slot = null;
        try
        {
            // The whole graph streams from the store for as long as it takes: one of few server-wide slots, held to the end.
            slot = scope == "graph" ? context.RequestServices.GetRequiredService<GraphExportSlots>().Enter() : null;
        }
        catch (RequestProblem problem)
        {
            await GraphQLResponses.WriteProblemAsync(context, problem, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        using var held = slot;

        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted))
        {
            // The query that picks a subgraph has the GraphQL request's time limit; streaming the result has none.
            timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(0, limits.TimeoutSeconds)));
            try
            {
                // Building the query reads every parameter, so all problems are known before anything runs.
                graph = scope == "graph" ? await build(request, timeout.Token).ConfigureAwait(false) : await HeavyAsync(context, () => build(request, timeout.Token), timeout.Token).ConfigureAwait(false);
                if (format is null || request.Problems.Count > 0)
                {
                    await graph.DisposeAsync().ConfigureAwait(false);
                    throw new ExportProblem(request.Problems);
                }
            }
            catch (RequestProblem problem)
            {
                await GraphQLResponses.WriteProblemAsync(context, problem, context.RequestAborted).ConfigureAwait(false);
                return;
            }
            catch (ExportProblem problem)
            {
                await GraphQLResponses.WriteProblemsAsync(context, problem.Status, problem.Errors, context.RequestAborted).ConfigureAwait(false);
                return;
            }
            catch (PathQueryException e)
            {
                var status = e.Code == PathQueryException.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
                await GraphQLResponses.WriteProblemsAsync(context, status, [(e.Message, e.Code)], context.RequestAborted).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
            {
                await GraphQLResponses.WriteProblemsAsync(
                    context, StatusCodes.Status400BadRequest,
                    [($"The export's query took longer than the time limit of {limits.TimeoutSeconds} s and was cancelled.", ErrorCodes.LimitExceeded)],
                    context.RequestAborted).ConfigureAwait(false);
                return;
            }
        }

        var response = context.Response;
        response.ContentType = format.MediaType.StartsWith("text/", StringComparison.Ordinal) || format.MediaType.EndsWith("json", StringComparison.Ordinal)
            || format.MediaType.EndsWith("xml", StringComparison.Ordinal)
            ? format.MediaType + "; charset=utf-8"
            : format.MediaType;
        response.Headers.ContentDisposition = $"attachment; filename=\"throughline-{scope}.{format.Extension}\"";
        response.Headers.CacheControl = "no-store";
        try
        {
            await Exporter.WriteAsync(format.Format, graph, response.Body, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Headers are gone: cut the connection so the client sees a failed download, not a short file that looks whole.
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExportEndpoints)).LogError(e, "Export failed while streaming");
            context.Abort();
        }
    }

    /// <summary>Bad export parameters: every problem, one error each.</summary>
    private sealed class ExportProblem : Exception
    {
        public ExportProblem(IReadOnlyList<string> problems)
            : base(string.Join(" ", problems))
        {
            Status = StatusCodes.Status400BadRequest;
            Errors = [.. problems.Select(p => (p, ErrorCodes.BadUserInput))];
        }

        public ExportProblem(int status, string code, string message)
            : base(message)
        {
            Status = status;
            Errors = [(message, code)];
        }

        public ExportProblem()
            : this([])
        {
        }

        public ExportProblem(string message)
            : this([message])
        {
        }

        public ExportProblem(string message, Exception innerException)
            : base(message, innerException)
        {
            Status = StatusCodes.Status400BadRequest;
            Errors = [(message, ErrorCodes.BadUserInput)];
        }

        public int Status { get; }

        public IReadOnlyList<(string Message, string Code)> Errors { get; }
    }
}
