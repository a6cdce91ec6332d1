using System.Net;
using System.Text.Json;

namespace Throughline.Storage.Neo4j.Http;

/// <summary>Reads Neo4j's JSON bodies and turns their errors into <see cref="Neo4jException"/>s that say what to fix.</summary>
internal static class Neo4jResponses
{
    public static async Task<JsonDocument> ReadAsync(
        HttpResponseMessage response, IReadOnlyList<CypherStatement> statements, Neo4jOptions options, CancellationToken ct)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new Neo4jException(
                $"Neo4j at {options.Uri} rejected the credentials of user '{options.User}': check NEO4J_USER and NEO4J_PASSWORD",
                "Neo.ClientError.Security.Unauthorized");
        }

        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
        }
        catch (JsonException)
        {
            throw Failure(response, options, statements, body.Length > 200 ? body[..200] + "…" : body);
        }

        // The Query API can answer 202 and still carry errors; the transactional endpoint answers 200 with errors.
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
            document.Dispose();
            throw Describe(code, message ?? "(no message)", statements, options);
        }

        if (!response.IsSuccessStatusCode)
        {
            document.Dispose();
            throw Failure(response, options, statements, null);
        }

        return document;
    }

    /// <summary>
    /// An HTTP failure without a Neo4j error code. 502, 503 and 504 mean the server (or a proxy before it) is not there
    /// right now: retried as unavailable. Any other 5xx is the server failing on this request (e.g. running out of heap
    /// on a large transaction) and would fail again, so it is reported at once, naming the statements.
    /// </summary>
    private static Neo4jException Failure(HttpResponseMessage response, Neo4jOptions options, IReadOnlyList<CypherStatement> statements, string? body)
    {
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase}";
        var detail = string.IsNullOrWhiteSpace(body) ? string.Empty : $": {body.Trim()}";
        var names = statements.Count == 0 ? string.Empty : $" running {string.Join(", ", statements.Select(s => s.Name).Distinct())}";
        return response.StatusCode switch
        {
            HttpStatusCode.NotFound => new Neo4jException(
                $"Neo4j at {options.Uri} has no endpoint {response.RequestMessage?.RequestUri?.AbsolutePath}: is database '{options.Database}' (NEO4J_DATABASE) right?",
                "Neo.ClientError.Database.DatabaseNotFound"),
            HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
                new Neo4jUnavailableException($"Neo4j at {options.Uri} answered {status}{detail}"),
            _ => new Neo4jException($"Neo4j at {options.Uri} answered {status}{names}{detail}"),
        };
    }

    public static Neo4jException Describe(string? code, string message, IReadOnlyList<CypherStatement> statements, Neo4jOptions options) =>
        code switch
        {
            "Neo.ClientError.Security.Unauthorized" => new Neo4jException(
                $"Neo4j at {options.Uri} rejected the credentials of user '{options.User}': check NEO4J_USER and NEO4J_PASSWORD", code),
            "Neo.ClientError.Database.DatabaseNotFound" => new Neo4jException(
                $"Neo4j at {options.Uri} has no database '{options.Database}': check NEO4J_DATABASE ({message})", code),
            _ when code?.StartsWith("Neo.ClientError.Statement.", StringComparison.Ordinal) == true => new Neo4jException(
                $"Cypher statement {string.Join(", ", statements.Select(s => s.Name).Distinct())} failed: {message} ({code})", code),
            _ when statements.Count > 0 => new Neo4jException(
                $"Cypher statement {string.Join(", ", statements.Select(s => s.Name).Distinct())} failed: {message} ({code})", code),
            _ => new Neo4jException($"Neo4j error {code}: {message}", code),
        };

    public static CypherResult ReadQueryApiData(JsonElement root)
    {
        var data = root.GetProperty("data");
        var columns = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToArray();
        var rows = data.GetProperty("values").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.Clone()).ToArray()).ToArray();
        return new CypherResult(columns, rows);
    }
}
