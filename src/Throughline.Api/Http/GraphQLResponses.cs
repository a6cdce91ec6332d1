using System.Text.Encodings.Web;
using System.Text.Json;
using Throughline.GraphQL;
using Throughline.GraphQL.Execution;

namespace Throughline.Api.Http;

/// <summary>
/// Writes GraphQL responses with the status codes of GraphQL over HTTP: with application/json every well-formed
/// request gets 200; with application/graphql-response+json a request error (no "data") gets 400.
/// </summary>
public static class GraphQLResponses
{
    public static async Task WriteResultAsync(HttpContext context, ExecutionResult result, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var status = mediaType == MediaTypes.GraphQLResponse && !result.HasData
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        await WriteAsync(context, status, mediaType, result).ConfigureAwait(false);
    }

    public static Task WriteProblemAsync(HttpContext context, RequestProblem problem, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problem);
        foreach (var (name, value) in problem.Headers)
        {
            context.Response.Headers[name] = value;
        }

        var mediaType = MediaTypes.Negotiate(context.Request.Headers.Accept, allowHtml: false) ?? MediaTypes.Json;
        var result = ExecutionResult.FromRequestErrors([Error(problem.Message, problem.Code)]);
        return WriteAsync(context, problem.StatusCode, mediaType, result, ct);
    }

    /// <summary>A request error listing several problems at once (export parameters), each with its code.</summary>
    public static Task WriteProblemsAsync(HttpContext context, int status, IEnumerable<(string Message, string Code)> problems, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = ExecutionResult.FromRequestErrors([.. problems.Select(p => Error(p.Message, p.Code))]);
        return WriteAsync(context, status, MediaTypes.Json, result, ct);
    }

    // Quotes from articles are full of typographic characters; JSON needs no escaping of them (nor of '"' as \u0022).
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static GraphQLError Error(string message, string code) => new(message) { Extensions = ErrorCodes.Extensions(code) };

    private static async Task WriteAsync(HttpContext context, int status, string mediaType, ExecutionResult result, CancellationToken ct = default)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = mediaType + "; charset=utf-8";
        await using var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions);
        result.WriteTo(writer);
        await writer.FlushAsync(ct).ConfigureAwait(false);
    }
}
