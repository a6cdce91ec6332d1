using System.Net.Http.Json;

namespace Throughline.Storage.Neo4j.Http;

/// <summary>
/// The Query API v2 (<c>/db/{db}/query/v2</c>, Neo4j ≥ 5.19). One statement runs in an implicit transaction; several run
/// in an explicit one (open, run, commit; rolled back on failure), keeping the server's cluster-affinity header throughout.
/// </summary>
internal sealed class QueryApiTransport(HttpClient http, Uri queryUri, Neo4jOptions options) : INeo4jTransport
{
    private const string AffinityHeader = "neo4j-cluster-affinity";

    public string Protocol => "query-api-v2";

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken ct)
    {
        if (statements.Count == 1)
        {
            using var response = await http.PostAsJsonAsync(queryUri, Body(statements[0]), ct).ConfigureAwait(false);
            using var document = await Neo4jResponses.ReadAsync(response, statements, options, ct).ConfigureAwait(false);
            return [Neo4jResponses.ReadQueryApiData(document.RootElement)];
        }

        return await RunInTransactionAsync(statements, ct).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<CypherResult>> RunInTransactionAsync(IReadOnlyList<CypherStatement> statements, CancellationToken ct)
    {
        var results = new List<CypherResult>(statements.Count);
        var txBase = new Uri(queryUri.AbsoluteUri.TrimEnd('/') + "/tx");
        string? affinity = null;
        Uri? txUri = null;
        try
        {
            foreach (var statement in statements)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, txUri ?? txBase) { Content = JsonContent.Create(Body(statement)) };
                if (affinity is not null)
                {
                    request.Headers.Add(AffinityHeader, affinity);
                }

                using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
                affinity ??= response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
                using var document = await Neo4jResponses.ReadAsync(response, [statement], options, ct).ConfigureAwait(false);
                if (txUri is null && document.RootElement.TryGetProperty("transaction", out var tx))
                {
                    txUri = new Uri(txBase.AbsoluteUri + "/" + tx.GetProperty("id").GetString());
                }

                results.Add(Neo4jResponses.ReadQueryApiData(document.RootElement));
            }

            if (txUri is not null)
            {
                using var commit = new HttpRequestMessage(HttpMethod.Post, txUri.AbsoluteUri + "/commit") { Content = JsonContent.Create(new { }) };
                if (affinity is not null)
                {
                    commit.Headers.Add(AffinityHeader, affinity);
                }

                using var response = await http.SendAsync(commit, ct).ConfigureAwait(false);
                (await Neo4jResponses.ReadAsync(response, statements, options, ct).ConfigureAwait(false)).Dispose();
                txUri = null;
            }

            return results;
        }
        finally
        {
            if (txUri is not null)
            {
                await RollbackAsync(txUri, affinity).ConfigureAwait(false);
            }
        }
    }

    private async Task RollbackAsync(Uri txUri, string? affinity)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, txUri);
            if (affinity is not null)
            {
                request.Headers.Add(AffinityHeader, affinity);
            }

            using var _ = await http.SendAsync(request, CancellationToken.None).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            // The server expires abandoned transactions itself; the original error is the one worth reporting.
        }
    }

    private static object Body(CypherStatement statement) => new { statement = statement.Text, parameters = statement.Parameters };
}
