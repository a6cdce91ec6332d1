using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j.Cypher;
using Throughline.Storage.Neo4j.Http;

namespace Throughline.Storage.Neo4j;

/// <summary>
/// The graph kept in Neo4j (model: cypher/README.md). Every statement comes from cypher/ and takes user input only as
/// parameters; path queries find candidate entity sequences in Cypher and are grouped and ordered here with Core's
/// contract (<see cref="PathOrder"/>), so answers equal the embedded store's. One instance serves concurrent callers and
/// survives a server restart (the client re-discovers the server after a failure).
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore, IPathQueries
{
    /// <summary>Every relation wire name: the relationship types a relation may have (WITHIN and CITES are not relations).</summary>
    private static readonly string[] AllTypes = [.. RelationCatalogue.All.Select(i => i.Name)];

    private readonly Neo4jClient _client;
    private readonly bool _ownsClient;

    private Neo4jGraphStore(Neo4jClient client, bool ownsClient, PathLimits limits, string serverVersion)
    {
        _client = client;
        _ownsClient = ownsClient;
        Limits = limits;
        ServerVersion = serverVersion;
    }

    public string Name => "neo4j";

    public PathLimits Limits { get; }

    /// <summary>The version reported by the server when the store was opened (e.g. "3.1.1", "5.26.0").</summary>
    public string ServerVersion { get; }

    public Neo4jOptions Options => _client.Options;

    /// <summary>
    /// Connects, reads the server version, applies cypher/schema.cypher (5.x) or schema-3.x.cypher (3.x, 4.x), and finishes
    /// what earlier imports left (<see cref="RecoverAsync"/>: an import whose process died is undone once its lease ran out).
    /// </summary>
    public static Task<Neo4jGraphStore> OpenAsync(Neo4jOptions options, PathLimits? limits = null, CancellationToken ct = default) =>
        OpenAsync(new Neo4jClient(options), ownsClient: true, limits, ct);

    public static async Task<Neo4jGraphStore> OpenAsync(
        Neo4jClient client, bool ownsClient, PathLimits? limits = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        try
        {
            var version = await ReadVersionAsync(client, new CallOptions(), ct).ConfigureAwait(false);
            var schema = Major(version) >= 5 ? "schema" : "schema-3.x";
            foreach (var statement in CypherLibrary.Script(schema))
            {
                // Schema changes cannot share a transaction with each other on every version: one call each.
                await client.RunAsync([statement], ct).ConfigureAwait(false);
            }

            var store = new Neo4jGraphStore(client, ownsClient, limits ?? new PathLimits(), version);
            await store.RecoverAsync(ct).ConfigureAwait(false);
            return store;
        }
        catch
        {
            if (ownsClient)
            {
                client.Dispose();
            }

            throw;
        }
    }

    /// <summary>Reachability, protocol and server version for /health; one attempt, never throws for an unreachable server.</summary>
    public async Task<Neo4jHealth> CheckAsync(CancellationToken ct = default)
    {
        try
        {
            var version = await ReadVersionAsync(_client, new CallOptions(SingleAttempt: true), ct).ConfigureAwait(false);
            return new Neo4jHealth(true, Options.Uri, _client.Protocol, version, null);
        }
        catch (Neo4jException e)
        {
            return new Neo4jHealth(false, Options.Uri, _client.Protocol, ServerVersion, e.Message);
        }
    }

    public ValueTask DisposeAsync()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private static async Task<string> ReadVersionAsync(Neo4jClient client, CallOptions call, CancellationToken ct)
    {
        var result = (await client.RunAsync([CypherLibrary.Statement("server-version", NoParameters)], call, ct).ConfigureAwait(false))[0];
        return result.Rows.Count > 0 && result.Value(result.Rows[0], "version").GetString() is { } version
            ? version
            : client.ServerVersion ?? "unknown";
    }

    private static int Major(string version) =>
        int.TryParse(version.Split('.')[0], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var major)
            ? major
            : 5;

    private static readonly Dictionary<string, object?> NoParameters = [];

    private async Task<CypherResult> QueryAsync(string name, Dictionary<string, object?> parameters, CancellationToken ct) =>
        (await _client.RunAsync([CypherLibrary.Statement(name, parameters)], ct).ConfigureAwait(false))[0];
}

/// <summary>What /health reports about Neo4j.</summary>
public sealed record Neo4jHealth(bool Reachable, Uri Uri, string? Protocol, string? ServerVersion, string? Error);
