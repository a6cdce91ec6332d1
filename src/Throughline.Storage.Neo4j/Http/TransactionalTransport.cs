using System.Net.Http.Json;

namespace Throughline.Storage.Neo4j.Http;

/// <summary>
/// The transactional Cypher endpoint (<c>/db/{db}/tx/commit</c>, or <c>/db/data/transaction/commit</c> on 3.x):
/// all statements of a call go in one request and commit together.
/// </summary>
internal sealed class TransactionalTransport(HttpClient http, Uri commitUri, Neo4jOptions options) : INeo4jTransport
{
    public string Protocol => "transactional";

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken ct)
    {
        var body = new
        {
            statements = statements.Select(s => new { statement = s.Text, parameters = s.Parameters, resultDataContents = new[] { "row" } }),
        };
        using var response = await http.PostAsJsonAsync(commitUri, body, ct).ConfigureAwait(false);
        using var document = await Neo4jResponses.ReadAsync(response, statements, options, ct).ConfigureAwait(false);
        return document.RootElement.GetProperty("results").EnumerateArray()
            .Select(result => new CypherResult(
                result.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToArray(),
                result.GetProperty("data").EnumerateArray()
                    .Select(d => d.GetProperty("row").EnumerateArray().Select(v => v.Clone()).ToArray()).ToArray()))
            .ToArray();
    }
}
