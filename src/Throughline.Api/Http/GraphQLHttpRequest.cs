using System.Text.Json;
using System.Text.Unicode;
using Throughline.GraphQL.Execution;

namespace Throughline.Api.Http;

/// <summary>The parameters of a GraphQL-over-HTTP request, from a JSON body (POST) or the query string (GET).</summary>
public sealed record GraphQLHttpRequest(
    string Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions)
{
    /// <summary>Reads <c>{"query", "operationName", "variables", "extensions"}</c>; a malformed body is a <see cref="RequestProblem"/>.</summary>
    public static GraphQLHttpRequest FromJsonBody(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            throw new RequestProblem(StatusCodes.Status400BadRequest, "The request body is empty: send a JSON object with a \"query\" string.");
        }

        if (!Utf8.IsValid(body.Span))
        {
            throw new RequestProblem(StatusCodes.Status400BadRequest, "The request body is not valid UTF-8: encode the JSON request as UTF-8.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new RequestProblem(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new RequestProblem(StatusCodes.Status400BadRequest, $"The request body must be a JSON object, not {Describe(root.ValueKind)}.");
            }

            return new GraphQLHttpRequest(
                root.TryGetProperty("query", out var query) ? Text.Checked(() => RequireQuery(query), "query") : throw MissingQuery(),
                root.TryGetProperty("operationName", out var name) ? Text.Checked(() => OptionalString(name, "operationName"), "operationName") : null,
                root.TryGetProperty("variables", out var variables) ? Text.Checked(() => OptionalMap(variables, "variables"), "variables") : null,
                root.TryGetProperty("extensions", out var extensions) ? Text.Checked(() => OptionalMap(extensions, "extensions"), "extensions") : null);
        }
    }

    /// <summary>Reads <c>?query=&amp;operationName=&amp;variables=&amp;extensions=</c>, where variables and extensions are JSON text.</summary>
    public static GraphQLHttpRequest FromQueryString(IQueryCollection parameters)
    {
        var query = parameters["query"].ToString();
        if (string.IsNullOrEmpty(query))
        {
            throw MissingQuery();
        }

        var name = parameters["operationName"].ToString();
        return new GraphQLHttpRequest(
            Text.RequireWellFormed(query, "query"),
            string.IsNullOrEmpty(name) ? null : Text.RequireWellFormed(name, "operationName"),
            Text.Checked(() => JsonParameter(Text.RequireWellFormed(parameters["variables"].ToString(), "variables"), "variables"), "variables"),
            Text.Checked(() => JsonParameter(Text.RequireWellFormed(parameters["extensions"].ToString(), "extensions"), "extensions"), "extensions"));
    }

    public ExecutionRequest ToExecutionRequest(object? userContext) =>
        new(Query) { OperationName = OperationName, Variables = Variables, UserContext = userContext };

    private static string RequireQuery(JsonElement query) => query.ValueKind == JsonValueKind.String
        ? Text.RequireWellFormed(query.GetString()!, "query")
        : throw new RequestProblem(StatusCodes.Status400BadRequest, $"The \"query\" parameter must be a string, not {Describe(query.ValueKind)}.");

    private static RequestProblem MissingQuery() =>
        new(StatusCodes.Status400BadRequest, "The \"query\" parameter is missing: send the GraphQL document as a string in \"query\".");

    private static string? OptionalString(JsonElement value, string parameter) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => Text.RequireWellFormed(value.GetString()!, parameter),
        _ => throw new RequestProblem(StatusCodes.Status400BadRequest, $"The \"{parameter}\" parameter must be a string or null, not {Describe(value.ValueKind)}."),
    };

    private static IReadOnlyDictionary<string, object?>? OptionalMap(JsonElement value, string parameter) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Object => Text.RequireWellFormed(ExecutionRequest.VariablesFromJson(value), parameter),
        _ => throw new RequestProblem(StatusCodes.Status400BadRequest, $"The \"{parameter}\" parameter must be an object (map) or null, not {Describe(value.ValueKind)}."),
    };

    private static IReadOnlyDictionary<string, object?>? JsonParameter(string text, string parameter)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return OptionalMap(document.RootElement, parameter);
        }
        catch (JsonException e)
        {
            throw new RequestProblem(StatusCodes.Status400BadRequest, $"The \"{parameter}\" parameter is not valid JSON: {e.Message}");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
