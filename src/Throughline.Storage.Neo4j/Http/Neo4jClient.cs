using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Throughline.Storage.Neo4j.Http;

/// <summary>
/// Runs Cypher over Neo4j's HTTP APIs. The first call reads the discovery document (<c>GET /</c>) and picks the Query API v2
/// when the server offers it, else the transactional endpoint (3.x and 4.x). Calls go through <see cref="Neo4jResilience"/>.
/// A failed discovery is not remembered, so a client outlives a server restart.
/// </summary>
public sealed class Neo4jClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly ResiliencePipeline _pipeline;
    private readonly SemaphoreSlim _discovery = new(1, 1);
    private readonly CypherLog? _log;
    private INeo4jTransport? _transport;

    public Neo4jClient(Neo4jOptions options, HttpMessageHandler? handler = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = options.Uri;
        _http.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's per-attempt timeout governs
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        _pipeline = Neo4jResilience.Build(options, time);
        _log = CypherLog.FromEnvironment();
    }

    public Neo4jOptions Options => _options;

    /// <summary>The protocol in use ("query-api-v2" or "transactional"), or null before the first successful call.</summary>
    public string? Protocol => _transport?.Protocol;

    /// <summary>The server's version from the discovery document (3.x: from <c>/db/data/</c>), when it states one.</summary>
    public string? ServerVersion { get; private set; }

    /// <summary>Runs the statements in one transaction and returns one result per statement.</summary>
    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken ct = default) =>
        RunAsync(statements, new CallOptions(), ct);

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken ct = default) =>
        (await RunAsync([statement], ct).ConfigureAwait(false))[0];

    /// <summary>Runs the statements in one transaction with a per-attempt timeout or retry behaviour of the call's own.</summary>
    public async Task<IReadOnlyList<CypherResult>> RunAsync(
        IReadOnlyList<CypherStatement> statements, CallOptions call, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(call);
        _log?.Record(statements);
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(Neo4jResilience.AttemptTimeout, call.AttemptTimeout ?? _options.RequestTimeout);
        context.Properties.Set(Neo4jResilience.SingleAttempt, call.SingleAttempt);
        try
        {
            return await _pipeline.ExecuteAsync(
                async (ctx, state) =>
                {
                    try
                    {
                        var transport = await state.GetTransportAsync(ctx.CancellationToken).ConfigureAwait(false);
                        return await transport.RunAsync(statements, ctx.CancellationToken).ConfigureAwait(false);
                    }
                    catch (HttpRequestException e)
                    {
                        throw new Neo4jUnavailableException($"Neo4j at {state._options.Uri} is unreachable: {e.Message}", e);
                    }
                },
                context,
                this).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException e)
        {
            var timeout = call.AttemptTimeout ?? _options.RequestTimeout;
            throw new Neo4jUnavailableException($"Neo4j at {_options.Uri} did not answer within {timeout.TotalSeconds:0.#} s", e);
        }
        catch (BrokenCircuitException e)
        {
            throw new Neo4jUnavailableException(
                $"Neo4j at {_options.Uri} failed repeatedly; calls are paused for {_options.BreakerDuration.TotalSeconds:0.#} s before trying again", e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _discovery.Dispose();
    }

    private async Task<INeo4jTransport> GetTransportAsync(CancellationToken ct)
    {
        if (_transport is { } known)
        {
            return known;
        }

        await _discovery.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return _transport ??= await DiscoverAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            _discovery.Release();
        }
    }

    private async Task<INeo4jTransport> DiscoverAsync(CancellationToken ct)
    {
        using var response = await _http.GetAsync(new Uri("/", UriKind.Relative), ct).ConfigureAwait(false);
        using var document = await Neo4jResponses.ReadAsync(response, [], _options, ct).ConfigureAwait(false);
        var root = document.RootElement;
        ServerVersion = root.TryGetProperty("neo4j_version", out var version) ? version.GetString() : null;
        var database = Uri.EscapeDataString(_options.Database);
        if (root.TryGetProperty("query", out var query) && query.GetString() is { } queryTemplate)
        {
            return new QueryApiTransport(_http, Resolve(queryTemplate, database), _options);
        }

        if (root.TryGetProperty("transaction", out var tx) && tx.GetString() is { } txTemplate)
        {
            return new TransactionalTransport(_http, new Uri(Resolve(txTemplate, database).AbsoluteUri.TrimEnd('/') + "/commit"), _options);
        }

        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.String)
        {
            // Neo4j 3.x has one database per server, so NEO4J_DATABASE does not apply; its version is in the data document.
            ServerVersion ??= await ReadDataVersionAsync(ct).ConfigureAwait(false);
            return new TransactionalTransport(_http, new Uri(_options.Uri, "/db/data/transaction/commit"), _options);
        }

        throw new Neo4jException($"{_options.Uri} does not look like a Neo4j server: its discovery document names no Cypher endpoint");
    }

    private async Task<string> ReadDataVersionAsync(CancellationToken ct)
    {
        using var response = await _http.GetAsync(new Uri("/db/data/", UriKind.Relative), ct).ConfigureAwait(false);
        using var document = await Neo4jResponses.ReadAsync(response, [], _options, ct).ConfigureAwait(false);
        return document.RootElement.TryGetProperty("neo4j_version", out var version) && version.GetString() is { } text ? text : "3.x";
    }

    // Discovery documents carry absolute URLs with the server's own idea of its host; keep the path, use our address.
    private Uri Resolve(string template, string database) =>
        new(_options.Uri, new Uri(template.Replace("{databaseName}", database, StringComparison.Ordinal), UriKind.Absolute).AbsolutePath);
}

/// <summary>How one call runs: a longer per-attempt timeout (an import), or a single attempt (a health check).</summary>
public sealed record CallOptions(TimeSpan? AttemptTimeout = null, bool SingleAttempt = false);
